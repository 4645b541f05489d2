// Runs the npm package email-reply-parser on every DIR/NAME.txt and
// writes DIR/NAME.erp.
//
//   node parse.mjs DIR MODULES
//
// MODULES is the node_modules folder the package was installed in.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [dir, modules] = process.argv.slice(2);
const pkg = join(modules, "email-reply-parser");
const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
const { default: EmailReplyParser } = await import(pathToFileURL(join(pkg, manifest.main)).href);

for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
  const text = readFileSync(join(dir, f), "utf8");
  const out = new EmailReplyParser().read(text).getVisibleText();
  writeFileSync(join(dir, f.replace(/\.txt$/, ".erp")), out);
}
