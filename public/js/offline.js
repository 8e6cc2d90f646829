// Registers the offline worker (progressive: without it the site works as before) and says
// when the page on screen is the offline copy, and from which date.
const banner = document.getElementById('offline-banner');
// The worker marks a kept page it served because the network failed (sw.js offlineCopy).
const copy = document.documentElement.hasAttribute('data-offline-copy');
const update = () => {
  if (banner) banner.hidden = navigator.onLine && !copy;
};
addEventListener('online', update);
addEventListener('offline', update);
update();
if ('serviceWorker' in navigator) {
  const root = new URL('../', import.meta.url);
  navigator.serviceWorker
    .register(new URL('sw.js', root), { scope: root.pathname })
    .catch(() => {});
}
