import { readFileSync } from 'node:fs';
import path from 'node:path';
import { print, stripIgnoredCharacters, type DocumentNode } from 'graphql';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*,?\s*\)/g;
const NAME = /^\s*(?:query|mutation|subscription|fragment)\s+([_A-Za-z]\w*)/;
const DOCUMENT =
  /^export const \w+ = (\{"kind":"Document","definitions":\[\{"kind":"\w+",(?:"operation":"\w+",)?"name":\{"kind":"Name","value":"(\w+)"\}.*\}) as unknown as DocumentNode<.*>;$/gm;

/**
 * Replaces each `graphql(`…`)` call with the document codegen generated for it, written in place
 * (what the client preset's babel and swc plugins do, one step further). Without it every chunk
 * calling `graphql()` carries the map of all the app's documents; importing them from the
 * generated module instead would still gather them all in one chunk shared by both pages. Written
 * in place, each document travels in the chunk of the file that declares it, and the join app's
 * first load carries none of the admin screens'.
 */
export function graphqlDocuments({ generated }: { generated: string }): Plugin {
  let documents = new Map<string, string>();
  const load = () => {
    documents = new Map(
      [...readFileSync(generated, 'utf8').matchAll(DOCUMENT)].map(([, json, name]) => {
        // The operation's text rides along as `loc.source.body` (where graphql-js keeps a parsed
        // document's source), so the join app sends it without bundling a printer.
        const document = JSON.parse(json!) as DocumentNode;
        const body = stripIgnoredCharacters(print(document));
        return [
          name!,
          JSON.stringify({ ...document, loc: { start: 0, end: body.length, source: { body } } }),
        ];
      }),
    );
  };
  return {
    name: 'school-invites:graphql-documents',
    enforce: 'pre',
    buildStart: load,
    transform(code, id) {
      if (
        !/\.tsx?$/.test(id) ||
        id.includes('/node_modules/') ||
        id.startsWith(path.dirname(generated)) ||
        !code.includes('graphql(`')
      )
        return null;
      if (documents.size === 0) load();
      return {
        code: code.replace(CALL, (_, source: string) => {
          const name = NAME.exec(source)?.[1];
          const document = name && documents.get(name);
          if (!document)
            this.error(
              `No generated document for ${name ?? 'an unnamed operation'}: run \`pnpm --filter @school-invites/web codegen\`.`,
            );
          return `(${document})`;
        }),
        map: null,
      };
    },
  };
}
