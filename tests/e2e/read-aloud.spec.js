// 読み上げ / Read aloud: the page's visible text, spoken with an on-device voice only.
// The browser's speech synthesis is replaced before the app loads by a stub that records what is
// spoken and what is called, with voices that arrive late (as in Chromium: `voiceschanged`).
import { test, expect, axeViolations } from "./fixtures.js";

/** Installs the stub speech synthesis. `remoteOnly`: only a voice that runs on a server. */
function speechStub({ remoteOnly = false } = {}) {
  const all = [
    { name: "Remote ja", lang: "ja-JP", localService: false, default: true, voiceURI: "remote-ja" },
    { name: "Local ja", lang: "ja-JP", localService: true, default: false, voiceURI: "local-ja" },
    { name: "Local en", lang: "en-US", localService: true, default: false, voiceURI: "local-en" },
    { name: "Remote en", lang: "en-GB", localService: false, default: false, voiceURI: "remote-en" },
  ];
  const voices = remoteOnly ? all.filter((v) => !v.localService) : all;
  const log = { spoken: [], calls: [], autoEnd: true, voicesLoaded: false };
  let current = null;
  class Utterance extends EventTarget {
    constructor(text = "") {
      super();
      Object.assign(this, { text, voice: null, lang: "", rate: 1, pitch: 1, volume: 1 });
      Object.assign(this, { onstart: null, onend: null, onerror: null, onpause: null, onresume: null });
    }
  }
  class Synth extends EventTarget {
    constructor() {
      super();
      Object.assign(this, { speaking: false, pending: false, paused: false, onvoiceschanged: null });
    }
    getVoices() {
      return log.voicesLoaded ? voices.slice() : [];
    }
    speak(u) {
      log.spoken.push({ text: u.text, voice: u.voice && u.voice.name, lang: u.lang });
      current = u;
      this.speaking = true;
      if (log.autoEnd) setTimeout(() => log.finish(), 0);
    }
    pause() {
      log.calls.push("pause");
      this.paused = true;
    }
    resume() {
      log.calls.push("resume");
      this.paused = false;
    }
    cancel() {
      log.calls.push("cancel");
      const u = current;
      current = null;
      this.speaking = false;
      // As in Chromium: the cancelled utterance reports an error, later.
      if (u) setTimeout(() => u.onerror && u.onerror({ type: "error", error: "interrupted" }), 0);
    }
  }
  const synth = new Synth();
  /** Ends the utterance being spoken (as the engine would when it has said it). */
  log.finish = () => {
    const u = current;
    if (!u) return;
    current = null;
    synth.speaking = false;
    if (u.onend) u.onend({ type: "end" });
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
  window.__speech = log;
  setTimeout(() => {
    log.voicesLoaded = true;
    synth.dispatchEvent(new Event("voiceschanged"));
  }, 100);
}

/** What a reader sees in <main>, as the browser lays it out (innerText: nothing hidden, no closed
 *  disclosure's contents), without what is not read: navigation, controls and tool panels,
 *  decoration, ruby readings; a chart is read by its label. Changes the page, so call it last. */
async function visibleMainText(page) {
  return page.evaluate(() => {
    const main = document.querySelector("main");
    main.querySelectorAll("[role=img]").forEach((img) => {
      const ids = (img.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
      const label = ids.map((id) => document.getElementById(id)?.textContent || "").join(" ");
      const span = document.createElement("span");
      span.textContent = label || img.getAttribute("aria-label") || "";
      img.replaceWith(span);
    });
    const notRead =
      "nav, button, input, textarea, select, label, rt, [aria-hidden='true'], .read-aloud, .card-tools, " +
      ".card-actions, .toggle-group, .page-share, .print-qr, .filter";
    main.querySelectorAll(notRead).forEach((e) => e.remove());
    return main.innerText;
  });
}

const spoken = (page) => page.evaluate(() => window.__speech.spoken);
const calls = (page) => page.evaluate(() => window.__speech.calls);
const noSpace = (s) => s.replace(/\s+/g, "");
const collapsed = (s) => s.replace(/\s+/g, " ").trim();

test("reads /plan as a reader sees it, ruby bases once, in the on-device Japanese voice", async ({ page }) => {
  await page.addInitScript(speechStub);
  await page.goto("/plan");
  const start = page.locator(".read-aloud").getByRole("button", { name: "読み上げる" });
  await expect(start).toBeVisible();
  // A word with its reading, as the やさしい日本語 pages will show it.
  await page.evaluate(() => {
    const p = document.createElement("p");
    p.innerHTML = "この<ruby>法律<rt>ほうりつ</rt></ruby>について";
    document.querySelector("main h1").after(p);
  });
  await start.click();
  await expect(page.locator(".read-aloud__status")).toHaveText("最後まで読み上げました。");
  const said = await spoken(page);
  expect(said.length).toBeGreaterThan(10);
  for (const u of said) {
    expect(u.voice).toBe("Local ja");
    expect(u.lang).toBe("ja-JP");
    expect(u.text.length).toBeLessThanOrEqual(100);
  }
  const text = said.map((u) => u.text).join(" ");
  expect(text).toContain("この法律について");
  expect(text).not.toContain("ほうりつ");
  // A closed disclosure: its summary is read, not its contents; tools are not read.
  expect(text).toContain("構成員（18名）");
  expect(text).not.toContain("埋め込む");
  expect(text).not.toContain("このページを共有");
  expect(said[0].text).toBe("基本計画");
  expect(noSpace(text)).toBe(noSpace(await visibleMainText(page)));
});

test("pause, resume and stop; the state is announced and the focus stays on the controls", async ({ page }, testInfo) => {
  await page.addInitScript(speechStub);
  await page.goto("/plan");
  await page.evaluate(() => (window.__speech.autoEnd = false));
  const controls = page.locator(".read-aloud");
  const status = controls.getByRole("status");
  await controls.getByRole("button", { name: "読み上げる" }).click();
  await expect(status).toHaveText("この端末の音声で読み上げています。");
  expect((await spoken(page)).map((u) => u.text)).toEqual(["基本計画"]);

  const pause = controls.getByRole("button", { name: "一時停止" });
  await pause.focus();
  await page.keyboard.press("Enter");
  await expect(status).toHaveText("一時停止しています。");
  await expect(controls.getByRole("button", { name: "再開" })).toBeFocused();
  expect(await calls(page)).toEqual(["pause"]);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath("read-aloud-paused.png") });

  await page.keyboard.press("Enter");
  await expect(status).toHaveText("この端末の音声で読み上げています。");
  expect(await calls(page)).toEqual(["pause", "resume"]);
  await page.evaluate(() => window.__speech.finish());
  await expect.poll(async () => (await spoken(page)).length).toBe(2);

  const stop = controls.getByRole("button", { name: "停止", exact: true });
  await stop.focus();
  await page.keyboard.press("Enter");
  await expect(status).toHaveText("読み上げを止めました。");
  expect(await calls(page)).toEqual(["pause", "resume", "cancel"]);
  await expect(stop).toHaveCount(0);
  // The stop button is gone; the focus is on the start button, not lost.
  await expect(controls.getByRole("button", { name: "読み上げる" })).toBeFocused();
  // The cancelled utterance's late error starts nothing.
  await page.waitForTimeout(50);
  expect((await spoken(page)).length).toBe(2);
});

test("going to another page stops the reading, paused or not", async ({ page }) => {
  await page.addInitScript(speechStub);
  // A page that loads the app, which moves to the next page itself (a page that loads its controls
  // alone is left by a page load, which ends the speech with it).
  await page.goto("/plan/care");
  await page.evaluate(() => (window.__speech.autoEnd = false));
  await page.locator(".read-aloud").getByRole("button", { name: "読み上げる" }).click();
  await expect(page.locator(".read-aloud").getByRole("button", { name: "一時停止" })).toBeVisible();
  await page.locator(".site-nav").getByRole("link", { name: "相談窓口" }).click();
  await expect(page.locator("main h1")).toHaveText("相談窓口");
  await expect.poll(() => calls(page)).toEqual(["cancel"]);
  // Paused, then away: cancelled, and the engine is not left paused for the next reading.
  await page.locator(".read-aloud").getByRole("button", { name: "読み上げる" }).click();
  await page.locator(".read-aloud").getByRole("button", { name: "一時停止" }).click();
  await page.locator(".site-nav").getByRole("link", { name: "基本計画" }).click();
  await expect(page.locator("main h1")).toHaveText("基本計画");
  await expect.poll(() => calls(page)).toEqual(["cancel", "pause", "cancel", "resume"]);
  await expect(page.locator(".read-aloud").getByRole("button", { name: "読み上げる" })).toBeVisible();
  await expect(page.locator(".read-aloud__status")).toHaveText("");
  await page.waitForTimeout(50);
  expect((await spoken(page)).length).toBe(2);
});

test("with only voices that run on a server, there is no read-aloud button", async ({ page }) => {
  await page.addInitScript(speechStub, { remoteOnly: true });
  await page.goto("/plan");
  await page.waitForFunction(() => window.__speech.voicesLoaded);
  // Give the app a moment to react to the voices, as it would to local ones.
  await page.waitForTimeout(100);
  await expect(page.locator(".read-aloud")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "読み上げる" })).toHaveCount(0);
});

test("an English page is read in the on-device English voice, open disclosures included", async ({ page }) => {
  await page.addInitScript(speechStub);
  await page.goto("/en/plan");
  const start = page.locator(".read-aloud").getByRole("button", { name: "Read aloud" });
  await expect(start).toBeVisible();
  await page.locator("#wg-members > summary").click();
  const firstMember = (await page.locator("#wg-members .member__name").first().innerText()).trim();
  expect(await axeViolations(page)).toEqual([]);
  await start.click();
  await expect(page.locator(".read-aloud__status")).toHaveText("Finished reading the page.");
  const said = await spoken(page);
  // The members' names are marked as Japanese: each is said in the Japanese voice.
  const english = said.filter((u) => u.voice !== "Local ja");
  expect(english.length).toBeGreaterThan(10);
  expect(english.every((u) => u.voice === "Local en" && u.lang === "en-US")).toBe(true);
  const japanese = said.filter((u) => u.voice === "Local ja");
  expect(japanese.map((u) => u.text)).toContain(firstMember);
  expect(japanese.every((u) => u.lang === "ja-JP")).toBe(true);
  const text = said.map((u) => u.text).join(" ");
  expect(collapsed(text)).toBe(collapsed(await visibleMainText(page)));
});

test("a やさしい日本語 page is read in the Japanese voice, each kanji word once, without its reading", async ({ page }) => {
  await page.addInitScript(speechStub);
  await page.goto("/easy/plan");
  const start = page.locator(".read-aloud button").first();
  await expect(start).toBeVisible();
  await start.click();
  // The status line has readings too; read without them it says the reading has finished.
  await expect
    .poll(() => page.locator(".read-aloud__status").evaluate((el) => {
      const copy = el.cloneNode(true);
      copy.querySelectorAll("rt").forEach((e) => e.remove());
      return copy.textContent;
    }))
    .toBe("最後まで読みました。");
  const said = await spoken(page);
  for (const u of said) expect(u.voice).toBe("Local ja");
  const text = said.map((u) => u.text).join(" ");
  expect(said[0].text).toBe("基本計画");
  expect(text).not.toContain("きほんけいかく");
  expect(noSpace(text)).toBe(noSpace(await visibleMainText(page)));
});
