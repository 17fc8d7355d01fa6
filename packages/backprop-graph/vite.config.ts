import { elementBuild } from '@dlviz/build-config/element';
import { defineConfig } from 'vite';

export default defineConfig(elementBuild(new URL('./', import.meta.url)));
