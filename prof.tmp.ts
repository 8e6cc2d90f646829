import { loadSiteBuild } from './src/load/load-model.ts';
import { publishedOf } from './src/load/published.ts';
import { toDependencyView, DEFAULT_DEPTH } from './src/lib/render/dependency-view.ts';
const b = loadSiteBuild();
const site = publishedOf(b)!;
const t = performance.now();
for (const n of site.recovery.nodes.slice(0, 3000)) toDependencyView(site, n.key, DEFAULT_DEPTH, (k) => `/${k}/`, (k) => `/map/${k}/`);
console.log('3000 views', ((performance.now() - t) / 1000).toFixed(1));
