/** The `--json` turn fields, in order, exactly as the console issue fixes them. Written out, not imported, so the tests hold the code to the contract. */
export const JSON_CONTRACT_FIELDS = [
  'utterance',
  'request',
  'intent',
  'slots',
  'speech',
  'ssml',
  'reprompt',
  'shouldEndSession',
  'card',
  'directives',
];
