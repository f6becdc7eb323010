// The TypeScript reference implementation of age (age-encryption, the one the offline sealer
// bundles), driven by the Java interoperability test (core: TypeScriptInteropTest):
//   node age-interop.mjs open IDENTITY FILE…        prints "<sha256 of plaintext> <file>" per file
//   node age-interop.mjs seal RECIPIENT IN OUT      seals IN to RECIPIENT into OUT
//   node age-interop.mjs decrypt IDENTITY IN OUT    opens IN with IDENTITY into OUT
//   node age-interop.mjs identity                   prints a new hybrid identity and its recipient
//   node age-interop.mjs recipient IDENTITY         prints the identity's recipient
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { Decrypter, Encrypter, generateHybridIdentity, identityToRecipient } from "age-encryption";

const [command, ...args] = process.argv.slice(2);

if (command === "open") {
  const [identity, ...files] = args;
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  for (const file of files) {
    const plaintext = await decrypter.decrypt(readFileSync(file));
    console.log(createHash("sha256").update(plaintext).digest("hex") + " " + file);
  }
} else if (command === "seal") {
  const [recipient, input, output] = args;
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  writeFileSync(output, await encrypter.encrypt(readFileSync(input)));
} else if (command === "decrypt") {
  const [identity, input, output] = args;
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  writeFileSync(output, await decrypter.decrypt(readFileSync(input)));
} else if (command === "identity") {
  const identity = await generateHybridIdentity();
  console.log(identity);
  console.log(await identityToRecipient(identity));
} else if (command === "recipient") {
  console.log(await identityToRecipient(args[0]));
} else {
  console.error("usage: age-interop.mjs open|seal|decrypt|identity|recipient …");
  process.exit(2);
}
