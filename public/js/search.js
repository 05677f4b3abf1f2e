// Search over the pre-rendered pages with Pagefind (npm `pagefind`; the build writes its index to
// dist/pagefind/). The search page loads this module (src/components/search_engine.rs) and calls
// globalThis.genomeNaviSearch; only Pagefind's engine is used, not its UI bundles.
const engines = new Map();

// One engine per index language: Pagefind picks the index from <html lang> when created.
function engine(base) {
  const lang = document.documentElement.lang || "ja";
  if (!engines.has(lang)) {
    engines.set(
      lang,
      import(`${base}/pagefind/pagefind.js`).then((pagefind) => {
        const instance = pagefind.createInstance({ basePath: `${base}/pagefind/`, baseUrl: `${base}/` });
        return instance.init().then(() => instance);
      }),
    );
  }
  return engines.get(lang);
}

// The results for a query in one variant of the language ("ja", "easy" or "en"), as a plain
// object: {total: n, results: [{url, title, section, kind, excerpt}]} (at most `limit`).
globalThis.genomeNaviSearch = async (query, variant, base, limit) => {
  const pagefind = await engine(base);
  const found = await pagefind.search(query, { filters: { variant } });
  const results = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return {
    total: found.results.length,
    results: results.map((r) => {
      // The part of the page that matches best (a heading with an id: a service, a principle),
      // so the link leads to the item itself, not to the top of a long page.
      const best = (r.sub_results ?? [])
        .filter((s) => s.url.includes("#") && (s.locations?.length ?? 0) > 0)
        .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
      return {
        url: best?.url ?? r.url,
        title: r.meta?.title ?? "",
        section: best?.title ?? "",
        kind: r.meta?.kind ?? "page",
        excerpt: (best ?? r).excerpt ?? "",
      };
    }),
  };
};
