// Says what a column header, row label, heading or cell note means for the prices under it.
import { readCloudRegion } from "../models/read-cloud-region";
import { findUnit } from "./find-unit";
import { parseContextTier } from "./parse-context-tier";
import type { Traits } from "./types";

// "<= 200K cached input tokens": the bound is a context tier, not the input dimension; "cached" stays.
const CONTEXT_PHRASE = /(?:<=|≤|=<|>=|≥|=>|<|>|\bup to\b|\bover\b|\babove\b|\bexceeding\b)\s*\d+(?:[.,]\d+)?\s*(?:[kKmM](?![a-zA-Z]))?\s*(?:(cached)\s+)?(?:input\s+)?(?:tokens?|prompts?)?/g;

const IN_OUT = /^(?:(?:batch|text|audio|image|video|speech|cached?|tokens?|price|cost|standard|realtime|flex|priority)\s+)?(in|out)$/;
const IMAGE_WORK = /^(?:#+\s*)?(?:image\s+(?:generation|editing|edits?|upscal\w*)|upscal\w*|bildgenerierung|bildbearbeitung|generaci[oó]n de im[aá]genes|gera[cç][aã]o de imagens|g[ée]n[ée]ration d'images|图像生成|图片生成|توليد الصور|تحرير الصور)$/;
const TIME_WINDOW = /\b\d{1,2}:\d{2}\s*[-–~至]\s*\d{1,2}:\d{2}\b/;
const IMAGE_RESOLUTION = /^(?:[1-8]k|\d{3,4}\s*[x×]\s*\d{3,4}(?:\s*px)?|\d{3,4}\s*px)$/i;

// Pages repeat the same headers and labels hundreds of times; a bounded memo keeps extraction fast.
const memo = new Map<string, Traits>();

export function classifyLabel(raw: string): Traits {
  const hit = memo.get(raw);
  if (hit !== undefined) return { ...hit, qualifiers: hit.qualifiers && { ...hit.qualifiers } };
  const traits = classify(raw);
  if (memo.size > 20_000) memo.clear();
  memo.set(raw, traits);
  return { ...traits, qualifiers: traits.qualifiers && { ...traits.qualifiers } };
}

function classify(raw: string): Traits {
  // "input_price", "outputPrice", "cache-read": identifiers read as words.
  const text = raw.replace(/\*\*|__|`/g, "").replace(/\\([$|*_])/g, "$1").replace(/([a-z])_(?=[a-z])/gi, "$1 ").replace(/([a-z])([A-Z])(?=[a-z])/g, "$1 $2").trim();
  const t = text.toLowerCase();
  const traits: Traits = {};
  if (t === "") return traits;

  if (/\bfree of charge\b|^free\b|\bfree tier\b|\bno charge\b|^not available$|^n\/?a$|^—$|^-$|^none$|^免费/.test(t)) traits.free = true;

  const ctx = parseContextTier(text);
  if (ctx.contextAbove !== undefined) traits.contextAbove = ctx.contextAbove;
  if (ctx.contextUpTo !== undefined) traits.contextUpTo = ctx.contextUpTo;
  // "Prompt length (128, 256]", "Input length": the size of the prompt is a context band, not the input direction;
  // "non-audio" is the text modality.
  const d = t.replace(CONTEXT_PHRASE, (_m, cached: string | undefined) => (cached ? " cached " : " "))
    .replace(/\b(?:prompt|input|context)\s+(?:length|size)\b/g, " ")
    .replace(/\bnon[- ](?:audio|image|video|speech)\b/g, " text ");
  // "Long context" with its bound stated elsewhere (a tooltip): a band of its own, never the base price.
  if (/\blong[- ]context\b/.test(d) && traits.contextAbove === undefined) traits.qualifiers = { context: "long" };

  // Tier
  if (/\bbatch\b|批量/.test(d)) traits.tier = "batch";
  else if (/\bflex\b/.test(d)) traits.tier = "flex";
  // "Fast mode" is the priority tier under the name OpenAI and Anthropic give it (premium rates for faster output).
  else if (/\bpriority\b|\bfast mode\b/.test(d)) traits.tier = "priority";
  // A discount that holds in a window of the day ("DISCOUNT PRICE (UTC 16:30-00:30)") is the off-peak tier.
  else if (/off[- ]?peak|discount(?:ed)? (?:hours|window|period|time)|错峰|优惠时段|夜间/.test(d) || (/\bdiscount/.test(d) && TIME_WINDOW.test(d))) traits.tier = "off_peak";
  else if (/\bpromo(?:tion(?:al)?)?\b|limited[- ]time|introductory|launch (?:price|discount|offer)/.test(d)) traits.tier = "promo";
  else if (/^(?:standard|standard tier|standard api|real-?time api|paid tier|paid)\b/.test(d)) traits.tier = "standard";

  // A regional price list repeats every model under each region: the region says which price it is.
  const region = readCloudRegion(t);
  if (region !== undefined) traits.qualifiers = { ...traits.qualifiers, region };

  // Cache
  // "Cache (5m write)", "Cache write (1h)": a write, with its TTL where stated.
  const write = /كتابة الذاكرة المؤقتة|cache[ds]?[\s-]*(?:writes?|creation)|(?:caching|cache)\W+(?:\d+\s*(?:m|min|minutes?|h|hr|hours?)\s+)?write|^write$|缓存写入/.test(d);
  if (/cache[ds]?[\s-]*miss|缓存未命中|未命中/.test(d)) traits.io = "input";
  else if (!write && (/قراءة الذاكرة المؤقتة|cache[ds]?[\s-]*(?:hits?|reads?)|\b(?:em|en|im|in)\s+cach[eé](?![a-z])|cached\b|hits?\s*&\s*refresh|缓存命中|命中|(?:caching|cache)\W+read\b|^read$|^cache$|context caching(?! \(storage)/.test(d))) {
    traits.cache = "read";
  } else if (write) {
    traits.cache = "write";
    if (/\b5\s*-?\s*m(?:in(?:ute)?s?)?\b/.test(d)) traits.cacheTtl = "5m";
    else if (/\b1\s*-?\s*h(?:ou)?r?s?\b|\b60\s*-?\s*min/.test(d)) traits.cacheTtl = "1h";
  }

  // Kind
  if (/\bstorage\b|\bstored\b|存储/.test(d)) traits.kind = "storage";
  else if (/\btraining\b|fine[- ]?tun|\btuning\b|训练/.test(d)) traits.kind = "training";
  else if (/\bsearch(?:es)?\b|\bgrounding\b|\bgrounded\b|搜索/.test(d)) traits.kind = "search";
  else if (/\brequest (?:fee|price|pricing)\b|\bper[- ]request\b/.test(d)) traits.kind = "request";
  else if (/\bembed(?:ding)?s?\b/.test(d)) traits.kind = "embedding";

  const named = /\b(citation|reasoning)\s+tokens?\b/.exec(d);
  if (named && traits.io === undefined && traits.cache === undefined) traits.dimension = named[1]!;
  if (/\bdownload(?:s|ed)?\b/.test(d)) traits.dimension = "download";

  // Direction
  if (traits.io === undefined && traits.dimension === undefined) {
    // "Batch In", "Audio out", "In": a tier's, modality's or price's "in" or "out" is its direction.
    // Also the words of localised pages: Portuguese and Spanish, German, French, Japanese, Arabic.
    const inOut = IN_OUT.exec(d.trim())?.[1];
    const output = /\boutputs?\b|\bcompletions?\b|\bresponses?\b|\bgenerat(?:ed|ion)\b|\bthinking\b|输出|出力|\bsa[ií]da\b|\bsalida\b|\bausgabe\b|\bsortie\b|الإخراج|إخراج/.test(d) || inOut === "out";
    const input = /\binputs?\b|\bprompts?\b|输入|入力|\bentrada\b|\beingabe\b|\bentr[ée]e\b|الإدخال|إدخال/.test(d) || inOut === "in";
    if (output && !input) traits.io = "output";
    else if (input && !output) traits.io = "input";
  }

  // Modality
  const modalities = new Set<string>();
  if (/\baudio\b|\bspeech\b|\bvoice\b|音频/.test(d)) modalities.add("audio");
  if (/\bimages?\b|图片|图像/.test(d)) modalities.add("image");
  if (/\bvideos?\b|视频/.test(d)) modalities.add("video");
  const textual = /\btext\b|文本/.test(d);
  if (!textual && modalities.size === 1) traits.modality = [...modalities][0]!;
  else if (!textual && modalities.size > 1) traits.qualifiers = { ...traits.qualifiers, modality: [...modalities].sort().join("/") };
  else if (textual && modalities.size === 0) traits.modality = "text";

  // Currency and unit
  // "美元" (US dollar), "欧元" (euro) and "英镑" (pound) end in 元 or name their currency in Chinese: before 元 (yuan).
  if (/\(usd\)|\bin usd\b|\busd\b|us\$|\$|美元|美金/.test(t)) traits.currency = "USD";
  else if (/\beur\b|€|欧元/.test(t)) traits.currency = "EUR";
  else if (/\bgbp\b|£|英镑/.test(t)) traits.currency = "GBP";
  else if (/\bcny\b|\brmb\b|元|¥|￥|人民币/.test(t)) traits.currency = "CNY";
  const unit = findUnit(text);
  if (unit) {
    if (unit.subscription) traits.subscription = true;
    else traits.unit = unit.unit;
    if (unit.words) {
      const inner = classifyLabel(unit.words);
      if (traits.io === undefined && inner.io) traits.io = inner.io;
      if (traits.cache === undefined && inner.cache) traits.cache = inner.cache;
      if (traits.modality === undefined && inner.modality) traits.modality = inner.modality;
    }
    if (unit.unit.endsWith("per hour") && traits.kind === undefined) traits.kind = "storage";
  }
  // A section of image generation, editing or upscaling prices images, unless a price states tokens.
  if (traits.unit === undefined && IMAGE_WORK.test(t)) traits.unit = "image";
  // "1K: $0.18, 2K: $0.23", "1024x1024: $0.04": an image's resolution labels a price per image, never a token count.
  const resolution = IMAGE_RESOLUTION.exec(text);
  if (resolution) {
    traits.unit = "image";
    traits.qualifiers = { ...traits.qualifiers, size: resolution[0] };
  }
  if (/\bper month\b|\bmonthly\b|\bannually\b|\/\s*mo\b|\/\s*month\b|\bper seat\b|\/\s*seat\b/.test(t)) traits.subscription = true;
  return traits;
}
