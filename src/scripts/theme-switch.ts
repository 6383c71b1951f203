// The header's colour scheme switch: system, light or dark, remembered across pages and visits.
import { THEME_KEY, themeFrom, type ThemeId } from '../lib/shared/theme.ts';

const select = document.querySelector<HTMLSelectElement>('#theme-switch');

function stored(): ThemeId {
  try {
    return themeFrom(localStorage.getItem(THEME_KEY));
  } catch {
    return 'system';
  }
}

function apply(theme: ThemeId): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
}

if (select) {
  select.value = stored();
  select.addEventListener('change', () => {
    const theme = themeFrom(select.value);
    apply(theme);
    try {
      if (theme === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Storage refused: the choice holds for this page only.
    }
  });
}
