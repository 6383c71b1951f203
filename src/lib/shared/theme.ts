// The reader's colour scheme: system, light or dark, kept in localStorage and applied as
// `data-theme` on <html> (the stylesheet's `light-dark()` colours follow it).

export const THEMES = [
  { id: 'system', name: 'System' },
  { id: 'light', name: 'Light' },
  { id: 'dark', name: 'Dark' },
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];

/** The localStorage key holding the reader's choice. */
export const THEME_KEY = 'bank-theme';

/** A stored value as a theme: anything unknown or missing is "system". */
export function themeFrom(value: string | null | undefined): ThemeId {
  return THEMES.find((theme) => theme.id === value)?.id ?? 'system';
}

/**
 * The inline script in every page's <head>: it must run before the first paint, so it cannot wait
 * for a module. It sets `data-js` (scripts run) and the stored theme. Fixed text, so a
 * Content-Security-Policy can allow it by hash; storage can be refused (private modes), hence the try.
 */
export const PRE_PAINT_SCRIPT = `var d=document.documentElement;d.dataset.js="";try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")d.dataset.theme=t}catch(e){}`;
