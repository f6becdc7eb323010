// The packet format, in JavaScript, exactly as org.safepassage.core.packet and .receipt do it in Java.
// Every function here is pure; test/packet.test.mjs and the browser test check them against the Java side.
import { Encrypter, identityToRecipient } from "age-encryption";
import { deflateSync } from "fflate";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { base64urlnopad, bech32, hex } from "@scure/base";
import dictionaryText from "../../core/src/main/resources/org/safepassage/core/packet/dictionary-v1.txt";

export const RECEIPT_DIGITS = 24;
export const LOOKUP_KEY_INFO = "safepassage/lookup-key/v1";
export const REPLY_IDENTITY_INFO = "safepassage/reply-identity/v2-mlkem768x25519";
export const PACKET_VERSION = 1;
export const MARK = "#SP1";
export const SMS_PART_CHARS = 459;
export const QR_PART_CHARS = 990;
const HEADER_CHARS = MARK.length + " 01234567 99/99 abcd\n".length;
const ascii = (text) => new TextEncoder().encode(text);
const dictionary = ascii(dictionaryText);

/** 24 uniformly random digits from the platform CSPRNG (bytes of 250 and above are drawn again). */
export function generateReceipt(random = (bytes) => crypto.getRandomValues(bytes)) {
  let digits = "";
  while (digits.length < RECEIPT_DIGITS) {
    for (const byte of random(new Uint8Array(32))) {
      if (byte < 250 && digits.length < RECEIPT_DIGITS) {
        digits += String(byte % 10);
      }
    }
  }
  return digits;
}

/** The canonical receipt: Persian, Arabic-Indic or ASCII digits, separators dropped. */
export function canonicalReceipt(typed) {
  const digits = toAsciiDigits(typed).replace(/[\s\-\u2010-\u2013\u2212\u200c-\u200f\u00ad]/g, "");
  if (!/^[0-9]{24}$/.test(digits)) {
    throw new Error("a receipt has exactly 24 digits");
  }
  return digits;
}

export function displayReceipt(digits) {
  return digits.match(/.{4}/g).join(" ");
}

export function toAsciiDigits(text) {
  return text.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

function receiptKey(digits, info) {
  return hkdf(sha256, ascii(canonicalReceipt(digits)), new Uint8Array(0), ascii(info), 32);
}

/** HKDF-SHA256(receipt, info = safepassage/lookup-key/v1): the intake turns it into the thread's tag with its pepper. */
export function lookupKey(receipt) {
  return receiptKey(receipt, LOOKUP_KEY_INFO);
}

/**
 * The age identity replies are sealed to: a hybrid post-quantum (mlkem768x25519) identity whose seed is
 * HKDF-SHA256(receipt, info = safepassage/reply-identity/v2-mlkem768x25519) (ReplyKeys in Java).
 */
export function replyIdentity(receipt) {
  const seed = receiptKey(receipt, REPLY_IDENTITY_INFO);
  return bech32.encode("AGE-SECRET-KEY-PQ-", bech32.toWords(seed), false).toUpperCase();
}

export async function replyRecipient(receipt) {
  return identityToRecipient(replyIdentity(receipt));
}

/** SHA-256 over the desk recipients, sorted and joined by new lines (DeskFingerprint in Java). */
export function deskDigest(recipients) {
  return sha256(ascii([...recipients].sort().join("\n")));
}

/**
 * SHA-256 over what makes the sealer behave: its style, its texts and its code, joined by new lines
 * (SealerFile.codeFingerprint in Java). The same for every deployment of one build.
 */
export function sealerDigest(style, texts, code) {
  return sha256(ascii([style, texts, code].join("\n")));
}

export function displayFingerprint(digest, bytes = 10) {
  return hex.encode(digest.slice(0, bytes)).toUpperCase().match(/.{4}/g).join(" ");
}

/** Deflate with the shared dictionary, exactly what PacketContents.fromCompressed inflates. */
export function compressContents(replyTo, registration) {
  return deflateSync(ascii(JSON.stringify({ replyTo, registration })), { level: 9, dictionary });
}

/**
 * Zero bytes after the deflate stream, to 3 KiB or the next doubling (Padding.packetContents in Java):
 * every text-only packet has one size, so one number of parts.
 */
export const PACKET_CONTENTS_BYTES = 3 * 1024;
export function padContents(compressed) {
  let size = PACKET_CONTENTS_BYTES;
  while (size < compressed.length) {
    size *= 2;
  }
  const padded = new Uint8Array(size);
  padded.set(compressed, 0);
  return padded;
}

/** Seals a registration (without id) for the desk: the packet's bytes. */
export async function sealPacket(recipients, receipt, registration) {
  const encrypter = new Encrypter();
  for (const recipient of recipients) {
    encrypter.addRecipient(recipient);
  }
  const sealed = await encrypter.encrypt(padContents(compressContents(await replyRecipient(receipt), registration)));
  const fingerprint = deskDigest(recipients).slice(0, 8);
  const key = lookupKey(receipt);
  const packet = new Uint8Array(1 + fingerprint.length + key.length + sealed.length);
  packet[0] = PACKET_VERSION;
  packet.set(fingerprint, 1);
  packet.set(key, 1 + fingerprint.length);
  packet.set(sealed, 1 + fingerprint.length + key.length);
  return packet;
}

export function packetId(packet) {
  return hex.encode(sha256(packet).slice(0, 4));
}

function check(id, index, total, payload) {
  return hex.encode(sha256(ascii(`${id} ${index}/${total} ${payload}`)).slice(0, 2));
}

/** The packet as numbered text parts of at most maxPartChars characters (PacketText.split in Java). */
export function splitPacket(packet, maxPartChars) {
  const id = packetId(packet);
  const text = base64urlnopad.encode(packet);
  const perPart = maxPartChars - HEADER_CHARS;
  const total = Math.ceil(text.length / perPart);
  const parts = [];
  for (let index = 1; index <= total; index++) {
    const payload = text.slice((index - 1) * perPart, index * perPart);
    parts.push(`${MARK} ${id} ${index}/${total} ${check(id, index, total, payload)}\n${payload}`);
  }
  return parts;
}
