// The sealer page: reads the form, seals on this device, shows the receipt and the packet.
// Nothing here touches the network; the page's Content-Security-Policy forbids it as well.
import qrcode from "qrcode-generator";
import * as packet from "./packet.js";

const ORGANIZATIONS = ["IRGC", "ARTESH", "FARAJA", "BASIJ", "MOIS", "JUDICIARY", "MINISTRY", "CLERGY", "DIPLOMATIC", "OTHER"];
const RELATIONS = ["spouse", "child", "parent", "sibling", "other"];
const URGENCIES = ["low", "medium", "high", "immediate"];
const FAMILY_ROWS = 4;
const EARLIEST = 1900;
const LATEST = 2030;
const SOLAR_HIJRI_OFFSET = 621;
const MAX_YEARS_OF_SERVICE = 70;

const texts = JSON.parse(document.getElementById("texts").textContent);
const deployment = JSON.parse(document.getElementById("deployment").textContent);
const $ = (id) => document.getElementById(id);
let language = "fa";

/** A message in the current language; {0}-style arguments as Java's MessageFormat writes them. */
function t(key, ...args) {
  const pattern = texts[language][key] ?? texts.en[key] ?? key;
  return pattern.replace(/\{(\d+)[^}]*\}/g, (_, index) => {
    const arg = args[Number(index)];
    return typeof arg === "number" ? localDigits(String(arg)) : String(arg);
  })
    .replace(/''/g, "'");
}

function localDigits(text) {
  return language === "fa" ? text.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d))) : text;
}

function options(select, values, prefix) {
  const chosen = select.value;
  select.replaceChildren(new Option(t("choice.none"), ""), ...values.map((value) => new Option(t(prefix + value), value)));
  select.value = chosen;
}

function familyRows() {
  const rows = [];
  for (let i = 0; i < FAMILY_ROWS; i++) {
    const row = document.createElement("div");
    row.className = "family-row";
    row.innerHTML = `<div><label for="family${i}.relation" data-t="field.relation"></label><select id="family${i}.relation" class="relation"></select></div>`
      + `<div><label for="family${i}.birthYear" data-t="field.familyBirthYear"></label><input id="family${i}.birthYear" class="family-year" inputmode="numeric" dir="ltr" maxlength="6"></div>`;
    rows.push(row);
  }
  $("family").replaceChildren(...rows);
}

function render() {
  document.documentElement.lang = language;
  document.documentElement.dir = language === "fa" ? "rtl" : "ltr";
  document.querySelectorAll("[data-t]").forEach((element) => { element.textContent = t(element.dataset.t); });
  options($("organization"), ORGANIZATIONS, "org.");
  options($("urgency"), URGENCIES, "urgency.");
  document.querySelectorAll("select.relation").forEach((select) => options(select, RELATIONS, "relation."));
  // the provinces suggested in this language, as the web form suggests them; any other text is taken too
  $("province-names").replaceChildren(...t("provinces.list").split("|").map((name) => new Option(name, name)));
  if (sealed) {
    showPacket(sealed);
  }
}

function text(name) {
  return $(name).value.trim();
}

/** The registration as schema safepassage.registration/1 (without id), or the errors to show. */
function readForm() {
  const errors = [];
  const fail = (field, message) => errors.push({ field, message });
  const integer = (field, min, max, message) => {
    const value = packet.toAsciiDigits(text(field)).replace(/\s/g, "");
    if (value === "") {
      return undefined;
    }
    const number = /^[0-9]{1,4}$/.test(value) ? Number(value) : NaN;
    if (!(number >= min && number <= max)) {
      fail(field, message);
      return undefined;
    }
    return number;
  };
  const organization = $("organization").value;
  if (!ORGANIZATIONS.includes(organization)) fail("organization", t("organization.required"));
  const urgency = $("urgency").value;
  if (!URGENCIES.includes(urgency)) fail("urgency", t("urgency.required"));
  const solar = document.querySelector("input[name=calendar]:checked")?.value !== "gregorian";
  const offset = solar ? SOLAR_HIJRI_OFFSET : 0;
  const yearMessage = t(solar ? "birthYear.solar" : "birthYear.gregorian", EARLIEST - offset, LATEST - offset);
  // A year of the other calendar is read in that one: the two calendars' birth years do not overlap,
  // so 1985 under the default Solar Hijri can only be Gregorian (as the intake's form reads it).
  const year = (id) => {
    const typed = integer(id, EARLIEST - SOLAR_HIJRI_OFFSET, LATEST, yearMessage);
    if (typed === undefined) return undefined;
    if (typed <= LATEST - SOLAR_HIJRI_OFFSET) return typed + SOLAR_HIJRI_OFFSET;
    if (typed >= EARLIEST) return typed;
    fail(id, yearMessage);
    return undefined;
  };
  const birthYear = year("birthYear");
  const yearsOfService = integer("yearsOfService", 0, MAX_YEARS_OF_SERVICE, t("number.range", 0, MAX_YEARS_OF_SERVICE));
  const nationalId = packet.toAsciiDigits(text("nationalId")).replace(/[\s\-\u200c\u200e\u200f]/g, "");
  if (nationalId !== "" && !/^[0-9]{10}$/.test(nationalId)) fail("nationalId", t("nationalId.format"));
  else if (nationalId !== "" && !validCheckDigit(nationalId)) fail("nationalId", t("nationalId.checkDigit"));
  const family = [];
  for (let i = 0; i < FAMILY_ROWS; i++) {
    const relation = $(`family${i}.relation`).value;
    const relativeYear = year(`family${i}.birthYear`);
    if (relation === "" && text(`family${i}.birthYear`) !== "") fail(`family${i}.relation`, t("relation.required"));
    if (relation !== "") family.push(compact({ relation, birthYear: relativeYear }));
  }
  const now = new Date();
  now.setUTCMinutes(0, 0, 0);
  const registration = compact({
    schema: "safepassage.registration/1",
    receivedAt: now.toISOString().replace(".000Z", "Z"),
    channel: "packet",
    language,
    person: compact({
      givenName: text("givenName"), familyName: text("familyName"), fatherName: text("fatherName"),
      birthYear, birthPlace: text("birthPlace"), nationalId,
    }),
    service: compact({
      organization, branch: text("branch"), unit: text("unit"), rank: text("rank"), position: text("position"),
      yearsOfService, province: text("province"),
    }),
    family: family.length ? family : undefined,
    access: text("access"),
    narrative: text("narrative"),
    urgency,
  });
  return { registration, errors };
}

function compact(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== ""
    && !(typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0)));
}

function validCheckDigit(id) {
  if (new Set(id).size === 1) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(id[i]) * (10 - i);
  const remainder = sum % 11;
  const check = Number(id[9]);
  return remainder < 2 ? check === remainder : check === 11 - remainder;
}

function showErrors(errors) {
  document.querySelectorAll(".invalid").forEach((element) => element.classList.remove("invalid"));
  const box = $("errors");
  box.hidden = errors.length === 0;
  box.replaceChildren(...[t("sealer.hasErrors"), ...errors.map((error) => error.message)].map((message) => {
    const line = document.createElement("p");
    line.textContent = message;
    return line;
  }));
  errors.forEach((error) => $(error.field).classList.add("invalid"));
  if (errors.length) box.scrollIntoView();
}

let sealed = null;

async function seal(event) {
  event.preventDefault();
  const { registration, errors } = readForm();
  showErrors(errors);
  if (errors.length) return;
  const button = $("seal");
  button.disabled = true;
  button.textContent = t("sealer.sealing");
  try {
    const receipt = packet.generateReceipt();
    const bytes = await packet.sealPacket(deployment.recipients, receipt, registration);
    sealed = { receipt, bytes };
    $("form").reset();
    $("form").hidden = true;
    showPacket(sealed);
  } catch (error) {
    showErrors([{ field: "seal", message: t("sealer.failed", error.message) }]);
  } finally {
    button.disabled = false;
    button.textContent = t("sealer.seal");
  }
}

function showPacket({ receipt, bytes }) {
  $("result").hidden = false;
  $("receipt").textContent = packet.displayReceipt(receipt);
  const smsParts = packet.splitPacket(bytes, packet.SMS_PART_CHARS);
  const qrParts = packet.splitPacket(bytes, packet.QR_PART_CHARS);
  $("deliver").textContent = deployment.packetAddress ? t("sealer.deliverTo", deployment.packetAddress) : t("sealer.deliver");
  $("afterwards").textContent = deployment.statusAddress ? t("sealer.afterwardsAt", deployment.statusAddress) : t("sealer.afterwards");
  $("sms-title").textContent = t("sealer.parts.sms", smsParts.length);
  $("sms-parts").replaceChildren(...smsParts.map((part, index) => {
    const box = document.createElement("div");
    box.className = "part";
    const title = document.createElement("strong");
    title.textContent = t("sealer.part", index + 1, smsParts.length);
    const body = document.createElement("pre");
    body.className = "part-text";
    body.dir = "ltr";
    body.textContent = part;
    const copy = document.createElement("button");
    copy.type = "button";
    copy.className = "button copy";
    copy.textContent = t("sealer.copy");
    copy.addEventListener("click", () => copyText(part, copy));
    box.append(title, body, copy);
    return box;
  }));
  $("qr-title").textContent = t("sealer.parts.qr", qrParts.length);
  $("qr-codes").replaceChildren(...qrParts.map((part, index) => {
    const qr = qrcode(0, "M");
    qr.addData(part, "Byte");
    qr.make();
    const figure = document.createElement("figure");
    figure.className = "qr";
    figure.innerHTML = qr.createSvgTag({ cellSize: 3, margin: 4, scalable: true });
    const caption = document.createElement("figcaption");
    caption.textContent = t("sealer.part", index + 1, qrParts.length);
    figure.append(caption);
    return figure;
  }));
  const download = $("download");
  download.href = URL.createObjectURL(new Blob([smsParts.join("\n\n") + "\n"], { type: "text/plain" }));
  download.download = `safepassage-packet-${packet.packetId(bytes)}.txt`;
}

async function copyText(part, button) {
  try {
    await navigator.clipboard.writeText(part);
    button.textContent = t("sealer.copied");
  } catch {
    const selection = window.getSelection();
    selection.selectAllChildren(button.previousElementSibling);
    button.textContent = t("sealer.selected");
  }
}

familyRows();
const recipients = deployment.recipients ?? [];
if (recipients.length === 0) {
  $("no-keys").hidden = false;
  $("form").hidden = true;
} else {
  $("fingerprint").textContent = packet.displayFingerprint(packet.deskDigest(recipients));
}
$("code-fingerprint").textContent = packet.displayFingerprint(packet.sealerDigest(
  document.querySelector("style").textContent, $("texts").textContent, document.querySelector("script:not([type])").textContent));
$("form").addEventListener("submit", seal);
$("language").addEventListener("click", () => { language = language === "fa" ? "en" : "fa"; render(); });
$("clear").addEventListener("click", () => { sealed = null; location.reload(); });
render();
window.safepassagePacket = packet;
