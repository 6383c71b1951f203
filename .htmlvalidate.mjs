// html-validate over every page of dist/ (tests/build/html-validate.test.ts): the recommended rules,
// less the few that flag what the bank does on purpose.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The filters are groups of checkboxes sharing one name (`competency`), which is how HTML
    // sends several values for one field; the rule allows shared names for radios only by default.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // A question page's <title> is the coach's title and the site's name; cutting it to 70
    // characters for search-result snippets would hide the title in tabs and bookmarks.
    'long-title': 'off',
    // WCAG H32 asks for a submit button on forms that submit. The home page's filter never
    // submits: it narrows the list as the reader ticks, and is hidden without JavaScript.
    'wcag/h32': 'off',
  },
};
