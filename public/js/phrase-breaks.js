// Phrase boundaries for Japanese headings, for engines without CSS `word-break: auto-phrase`
// (WebKit, Gecko). The app loads this module only there (src/components/phrase_breaks.rs): it is
// BudouX's parser with its Japanese model, copied from the npm package `budoux` at build time
// (src/pwa/vendor-budoux.mjs), so no request leaves the site.
import { Parser } from "./budoux/parser.js";
import { model } from "./budoux/ja.js";

const parser = new Parser(model);
// UTF-16 offsets at which a line may break between two phrases.
globalThis.genomeNaviPhraseBoundaries = (text) => parser.parseBoundaries(text);
