import { elementBuild } from '@dlviz/build-config/element';
import { defineConfig } from 'vite';

export default defineConfig(await elementBuild(new URL('./', import.meta.url)));
