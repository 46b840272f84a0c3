// Companies named in Latin letters (ABB, Michael Kors, Saint-Gobain Ltd), told apart from measures, products and people.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { CUE_AFTER } from "./company-words.js";
import type { Found } from "./types.js";

/** A name in Latin letters: capitalized words, maybe joined by spaces, &, - or . (ABB, Michael Kors, Saint-Gobain). */
const LATIN_NAME = /(?<![A-Za-z0-9./-])[A-Z][A-Za-z0-9&.'-]*(?: [A-Z][A-Za-z0-9&.'-]*)*/gu;
/** The legal words of a firm's Latin name: sure alone. */
const LATIN_LEGAL =
  /\b(?:Ltd|Limited|Inc|Corp|Corporation|Co|Group|Holdings?|AG|SA|GmbH|PLC|plc|LLC|LP|NV|BV|Company|Bank|Capital|Partners|Technologies|Motors|Airlines|Pharmaceuticals)\.?$/u;
/** Latin words of business news that are not firms: measures, products, markets, roles, technologies. */
const NOT_LATIN_FIRM = new Set([
  "GDP",
  "GNP",
  "CPI",
  "PPI",
  "PMI",
  "IPO",
  "CEO",
  "CFO",
  "COO",
  "CTO",
  "CIO",
  "VP",
  "AI",
  "IT",
  "ICT",
  "IoT",
  "VR",
  "AR",
  "LED",
  "OLED",
  "AMOLED",
  "LCD",
  "APP",
  "App",
  "PE",
  "VC",
  "ETF",
  "LOF",
  "QFII",
  "RQFII",
  "QDII",
  "ST",
  "AH",
  "PC",
  "TV",
  "NFC",
  "GPS",
  "SUV",
  "MPV",
  "EV",
  "PPP",
  "BOT",
  "OTC",
  "WTO",
  "OK",
  "VIP",
  "ATM",
  "POS",
  "CBD",
  "ERP",
  "CRM",
  "SaaS",
  "PaaS",
  "IaaS",
  "BB",
  "BBB",
  "AAA",
  "AA",
  "IDC",
  "CDN",
  "DNA",
  "RNA",
  "PM",
  "MBA",
  "EMBA",
  "NBA",
  "CBA",
  "FIFA",
  "GB",
  "MB",
  "KB",
  "TB",
  "GW",
  "MW",
  "KW",
  "kW",
  "HK",
  "US",
  "USA",
  "UK",
  "EU",
  "CN",
  "SH",
  "SZ",
  "HK",
  "No",
  "NO",
  "TD",
  "LTE",
  "WCDMA",
  "CDMA",
  "GSM",
  "WiFi",
  "Wi-Fi",
  "NAND",
  "DRAM",
  "CPU",
  "GPU",
  "SIM",
  "USB",
  "HD",
  "DVD",
  "CD",
  "MP",
  "PDF",
  "PET",
  "PVC",
  "SST",
  "ABS",
  "EPS",
  "PEG",
  "ROE",
  "ROA",
  "EBITDA",
  "YoY",
  "MoM",
  "Q",
  "H",
  "A",
  "B",
  "N",
  "CCTV",
  "APEC",
  "G20",
  "BRICS",
  "OPEC",
  "IMF",
  "OECD",
  "ISO",
  "FDA",
  "SEC",
  "FTC",
  "FBI",
  "CIA",
  "NASA",
  "UN",
  "NGO",
  "EPC",
  "PPA",
  "LNG",
  "LPG",
  "CNG",
  "PTA",
  "MDI",
  "TDI",
  "HIV",
  "SARS",
  "AIDS",
  "MERS",
  "SOHO",
  "REIT",
  "REITs",
  "CT",
  "MRI",
  "IP",
  "BA",
  "MV",
  "KTV",
  "DIY",
  "LOGO",
  "Logo",
]);

/** Two capitalized words of letters only, as a person is named (Russ Grandinetti, Hugh Grant). */
const PERSON_LATIN = /^[A-Z][a-z]+ [A-Z][a-z]+$/u;
const TITLE_BEFORE =
  /(?:总裁|董事长|总经理|经理|首席执行官|CEO|主席|创始人|分析师|记者|发言人|董事|合伙人|教授|先生|女士)$/u;
const SAYS_AFTER = /^(?:表示|称|说|认为|指出|透露)/u;

/**
 * A Latin name where the sentence speaks of firms (ABB, GSK, Michael Kors): a firm when it has a legal word, or when it
 * stands alone, not before a noun it modifies (NFC手机, LED外延片) or as a product's model.
 */
export function latinNames(context: SentenceContext, found: Found): void {
  const { text, tokens, tokenAt } = context;
  if (!/[A-Z]/u.test(text)) return;
  for (const match of text.matchAll(LATIN_NAME)) {
    const name = match[0].replace(/[.'-]+$/u, "");
    const start = match.index ?? 0;
    const end = start + name.length;
    // A model or a flight (CRJ<N>, MU5101) runs into a number; a person's name (Russ Grandinetti) follows a title.
    if (
      name.length < 2 ||
      NOT_LATIN_FIRM.has(name) ||
      /\d/u.test(name) ||
      /[\d]/u.test(text[start - 1] ?? "") ||
      /^[\d<*]/u.test(text[end] ?? "")
    )
      continue;
    if (
      PERSON_LATIN.test(name) &&
      (TITLE_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || SAYS_AFTER.test(text.slice(end, end + 3)))
    )
      continue;
    const candidate: Candidate = { type: "Organization", start, end, rule: "company-latin", priority: 3 };
    if (LATIN_LEGAL.test(name) && name.includes(" ")) {
      found.sure.push(candidate);
      continue;
    }
    const next = tokens[tokenAt[end] ?? -1];
    // Before a noun or a measure it names a product, a unit or a class (A股, NFC手机); a firm ends its phrase.
    if (
      next &&
      next.start === end &&
      (["n", "vn", "nz", "ng", "q", "m", "eng", "an", "b", "k"].includes(next.tag) ||
        /^[股型系号版]/u.test(next.word)) &&
      !CUE_AFTER.longestAt(text, end)
    )
      continue;
    found.talk.push(candidate);
  }
}
