// Builds dist/sealer.html: one file holding the page, its style, the bundled script (age-encryption,
// fflate, qrcode-generator) and the texts of both languages, taken from the intake's message files
// so that the sealer asks the same questions in the same words. Also dist/packet.mjs for `npm test`.
import { build } from "esbuild";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const here = (path) => new URL(path, import.meta.url);
const messages = (language) => readProperties(readFileSync(here(`../intake/src/main/resources/intake/messages_${language}.properties`), "utf8"));
const WANTED = /^(app\.name|nav\.otherLanguage|sealer\..*|register\.(section\..*|optional)|field\..*|calendar\.(solar|gregorian)|hint\.(names|family)|choice\.none|org\..*|relation\..*|urgency\..*|organization\.required|number\.range|birthYear\..*|nationalId\..*|receipt\.(keep|use|lost)|provinces\.list)$/;

function readProperties(source) {
  const entries = {};
  for (const line of source.replace(/\\\r?\n\s*/g, "").split(/\r?\n/)) {
    const match = /^\s*([^#!=\s][^=]*?)\s*=\s*(.*)$/.exec(line);
    if (match && WANTED.test(match[1])) {
      entries[match[1]] = match[2].replace(/\\u([0-9a-fA-F]{4})/g, (_, code) => String.fromCharCode(parseInt(code, 16)));
    }
  }
  return entries;
}

const bundle = async (format, entry) => (await build({
  entryPoints: [entry], bundle: true, minify: format === "iife", format, target: "es2020", write: false,
  loader: { ".txt": "text" }, legalComments: "none", charset: "utf8",
})).outputFiles[0].text;

const script = (await bundle("iife", "src/main.js")).replaceAll("</script", "<\\/script");
const texts = JSON.stringify({ fa: messages("fa"), en: messages("en") }).replaceAll("</", "<\\/");
const page = readFileSync(here("src/page.html"), "utf8")
  .replace("/*STYLE*/", () => readFileSync(here("src/sealer.css"), "utf8").replace(/\s*\n\s*/g, " "))
  .replace("/*TEXTS*/", () => texts)
  .replace("/*SCRIPT*/", () => script);
mkdirSync(here("dist"), { recursive: true });
writeFileSync(here("dist/sealer.html"), page);
writeFileSync(here("dist/packet.mjs"), await bundle("esm", "src/packet.js"));
console.log(`dist/sealer.html: ${Buffer.byteLength(page)} bytes`);
