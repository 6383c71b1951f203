// An alias page sends the reader on to the question's current URL, keeping the query and #anchor.
const target = document.querySelector<HTMLAnchorElement>('a[data-alias-target]')?.getAttribute('href');
if (target) location.replace(target + location.search + location.hash);
