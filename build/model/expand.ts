/**
 * Expands sample-utterance templates, so hundreds of consistent samples stay a few readable lines:
 *   "(should|do) I (use|put) {treatment} on (it|my {bodyPart})"
 * `(a|b|)` is a choice (an empty choice makes it optional), `[name]` a named phrase list, `{slot}` a
 * slot, kept as is for Alexa. Choices nest. Spaces are tidied after expansion.
 */

export type Phrases = Readonly<Record<string, readonly string[]>>;

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; options: Node[][] }
  | { kind: 'phrases'; name: string };

function parse(template: string): Node[] {
  let at = 0;
  const sequence = (inChoice: boolean): Node[][] => {
    const options: Node[][] = [[]];
    let text = '';
    const flush = () => {
      if (text) options.at(-1)?.push({ kind: 'text', text });
      text = '';
    };
    while (at < template.length) {
      const char = template[at++];
      if (char === '(') {
        flush();
        options.at(-1)?.push({ kind: 'choice', options: sequence(true) });
      } else if (char === ')' && inChoice) {
        flush();
        return options;
      } else if (char === '|' && inChoice) {
        flush();
        options.push([]);
      } else if (char === '[') {
        flush();
        const end = template.indexOf(']', at);
        if (end < 0) throw new Error(`unclosed [ in "${template}"`);
        options.at(-1)?.push({ kind: 'phrases', name: template.slice(at, end) });
        at = end + 1;
      } else {
        text += char;
      }
    }
    if (inChoice) throw new Error(`unclosed ( in "${template}"`);
    flush();
    return options;
  };
  const [only] = sequence(false);
  return only ?? [];
}

function expandNodes(nodes: readonly Node[], phrases: Phrases): string[] {
  let results = [''];
  for (const node of nodes) {
    let endings: string[];
    if (node.kind === 'text') endings = [node.text];
    else if (node.kind === 'choice') endings = node.options.flatMap((option) => expandNodes(option, phrases));
    else {
      const list = phrases[node.name];
      if (!list) throw new Error(`no phrase list [${node.name}]`);
      endings = list.flatMap((phrase) => expand(phrase, phrases));
    }
    results = results.flatMap((start) => endings.map((end) => start + end));
  }
  return results;
}

function tidy(sample: string): string {
  return sample.replace(/\s+/g, ' ').trim();
}

/** Every sample a template stands for, in order, without duplicates. */
export function expand(template: string, phrases: Phrases = {}): string[] {
  return [...new Set(expandNodes(parse(template), phrases).map(tidy))].filter(Boolean);
}
