// With JavaScript the header search goes to the search page; without it, its words go to the
// A–Z index (the form's action), which lists every record.
for (const form of document.querySelectorAll('form.search[data-search]')) {
  form.action = form.dataset.search;
}
