// Node's test runner on the bundled derivations: the shared vectors (OpenSSL, age-keygen), and a
// packet sealed here has the layout the Java side reads. Run with `npm test` after `npm run build`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { hex } from "@scure/base";

const vectors = JSON.parse(readFileSync(new URL("../vectors.json", import.meta.url)));
const packet = await import("../dist/packet.mjs");

test("lookup keys and reply recipients match the shared vectors", async () => {
  for (const vector of vectors.cases) {
    assert.equal(hex.encode(packet.lookupKey(vector.receipt)), vector.lookupKey);
    assert.equal(await packet.replyRecipient(vector.receipt), vector.replyRecipient);
  }
});

test("Persian digits and separators give the same receipt", () => {
  assert.equal(packet.canonicalReceipt("۱۲۳۴-۵۶۷۸ 9012 3456 7890 1234"), "123456789012345678901234");
  assert.throws(() => packet.canonicalReceipt("1234"));
});

test("receipts are 24 digits", () => {
  const receipt = packet.generateReceipt();
  assert.match(receipt, /^[0-9]{24}$/);
  assert.notEqual(receipt, packet.generateReceipt());
});

test("a sealed packet has version, fingerprint, lookup key and an age file", async () => {
  const recipients = [vectors.cases[0].replyRecipient];
  const sealed = await packet.sealPacket(recipients, vectors.cases[1].receipt, { schema: "safepassage.registration/1" });
  assert.equal(sealed[0], 1);
  assert.deepEqual(sealed.slice(1, 9), packet.deskDigest(recipients).slice(0, 8));
  assert.equal(hex.encode(sealed.slice(9, 41)), vectors.cases[1].lookupKey);
  assert.equal(new TextDecoder().decode(sealed.slice(41, 63)), "age-encryption.org/v1\n");
  const parts = packet.splitPacket(sealed, packet.SMS_PART_CHARS);
  assert.ok(parts.every((part) => part.length <= packet.SMS_PART_CHARS && part.startsWith("#SP1 " + packet.packetId(sealed))));
});
