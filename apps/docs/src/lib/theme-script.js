// The reader's saved light/dark choice: the storage key, and the inline script that sets it on
// <html data-theme> while the page head is parsed, so the first paint already has it (a script that
// ran later would flash the system theme first). Plain JavaScript: svelte.config.js hashes the same
// text for the Content-Security-Policy, which allows no other inline script.

export const themeKey = 'dlviz-theme';

export const themeScript = `try{var t=localStorage.getItem(${JSON.stringify(themeKey)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** The script element for a page head. */
export const themeScriptElement = `<script>${themeScript}</script>`;
