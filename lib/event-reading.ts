import { cameoName } from './import/cameo-plover';

/**
 * How a tie from a coded event reads: the CAMEO label put in the past tense, with the object where English puts it
 * ("Accuse of war crimes" → "accused Merkel of war crimes"; "Make pessimistic comment" → "made a pessimistic comment
 * about Merkel"). The label's own words are kept, so the sentence says what the coder said and no more.
 */

/**
 * The past tense of each verb that opens a codebook label (or follows it in "Criticize or denounce"), and where the
 * object goes: `''` straight after the verbs, `to*` as "to <object>" straight after them ("appealed to Merkel for
 * aid"), any other word as the preposition that brings the object in after the whole label.
 */
const VERBS: Record<string, readonly [past: string, object: string]> = {
  abduct: ['abducted', ''],
  accede: ['acceded', 'from'],
  accuse: ['accused', ''],
  acknowledge: ['acknowledged', 'toward'],
  allow: ['allowed', 'for'],
  apologize: ['apologized', 'to*'],
  appeal: ['appealed', 'to*'],
  arrest: ['arrested', ''],
  assassinate: ['assassinated', ''],
  assault: ['assaulted', ''],
  attempt: ['attempted', 'against'],
  ban: ['banned', 'of'],
  break: ['broke', 'with'],
  bring: ['brought', ''],
  carry: ['carried', 'against'],
  charge: ['charged', ''],
  claim: ['claimed', 'toward'],
  coerce: ['coerced', ''],
  complain: ['complained', 'about'],
  conduct: ['conducted', 'against'],
  confiscate: ['confiscated', 'of'],
  consider: ['considered', 'toward'],
  consult: ['consulted', ''],
  cooperate: ['cooperated', 'with'],
  criticize: ['criticized', ''],
  damage: ['damaged', 'of'],
  decline: ['declined', 'on'],
  declare: ['declared', 'with'],
  'de-escalate': ['de-escalated', 'with'],
  defend: ['defended', ''],
  defy: ['defied', 'against'],
  demand: ['demanded', 'from'],
  demobilize: ['demobilized', 'toward'],
  demonstrate: ['demonstrated', 'against'],
  denounce: ['denounced', ''],
  deny: ['denied', 'toward'],
  deport: ['deported', ''],
  destroy: ['destroyed', 'of'],
  detain: ['detained', ''],
  detonate: ['detonated', 'against'],
  disapprove: ['disapproved', 'of'],
  discuss: ['discussed', 'with'],
  ease: ['eased', 'toward'],
  employ: ['employed', 'against'],
  endorse: ['endorsed', ''],
  engage: ['engaged', 'with'],
  exhibit: ['exhibited', 'toward'],
  expel: ['expelled', ''],
  express: ['expressed', 'with'],
  fight: ['fought', ''],
  find: ['found', ''],
  forgive: ['forgave', ''],
  give: ['gave', 'to'],
  grant: ['granted', 'to'],
  halt: ['halted', 'with'],
  hijack: ['hijacked', ''],
  host: ['hosted', 'by'],
  impose: ['imposed', 'on'],
  increase: ['increased', 'against'],
  investigate: ['investigated', ''],
  kill: ['killed', ''],
  make: ['made', 'about'],
  mediate: ['mediated', 'with'],
  meet: ['met', 'with'],
  mobilize: ['mobilized', 'against'],
  obstruct: ['obstructed', 'against'],
  occupy: ['occupied', 'of'],
  praise: ['praised', ''],
  protest: ['protested', 'against'],
  provide: ['provided', 'to'],
  rally: ['rallied', 'against'],
  receive: ['received', 'from'],
  reduce: ['reduced', 'with'],
  refuse: ['refused', 'to'],
  reject: ['rejected', 'from'],
  release: ['released', 'toward'],
  restrict: ['restricted', 'against'],
  retreat: ['retreated', 'before'],
  return: ['returned', 'toward'],
  riot: ['rioted', 'against'],
  seize: ['seized', 'of'],
  share: ['shared', 'with'],
  sign: ['signed', 'with'],
  stop: ['stopped', 'to'],
  surrender: ['surrendered', 'to'],
  take: ['took', ''],
  threaten: ['threatened', ''],
  torture: ['tortured', ''],
  use: ['used', 'against'],
  veto: ['vetoed', 'against'],
  violate: ['violated', 'with'],
  withdraw: ['withdrew', 'from'],
  yield: ['yielded', 'to'],
};

/** Where the label itself has a place for the object ("Demand that target yields", "Appeal to others to …"). */
const OBJECT_PLACE = /\b(?:target|others)\b/;
/** What may follow the verbs when the object comes straight after them: "accused <object> of …", "killed <object> by …". */
const OBJECT_THEN = /^(?:of|with|by|for|on|in|as|guilty|hostage|\w+ly)\b/;
/** Labels that end open, waiting for the object: "Rally opposition against", "Attempt to assassinate". */
const OPEN_END = /\b(?:against|of|assassinate)$/;
/** Bare labels whose verb needs a word before the object. */
const BARE: Record<string, string> = {
  demand: 'made a demand of',
  reject: 'rejected a proposal or request of',
  veto: 'cast a veto against',
};

/**
 * The word that brings the object in when the verb's own is not right for this label: "to <verb> …" takes the inner
 * verb's ("refused to yield to", "threatened to impose curfew on"); what is given goes to someone; meetings are with.
 */
function objectWordOf(verb: string, connector: string, rest: string): string {
  const inner = /^(?:intent )?to (\S+) ?(.*)$/.exec(rest);
  const innerVerb = inner && VERBS[inner[1]!];
  if (inner && innerVerb && verb !== 'appeal') return objectWordOf(inner[1]!, innerVerb[1], inner[2]!);
  if (verb === 'express') return /\b(?:cooperat\w*|settle|mediat\w*|negotiate|accord|mediation)\b/.test(rest) ? 'with' : 'toward';
  if (verb === 'make' && /\b(?:visit|appeal|request)\b/.test(rest)) return 'to';
  if (verb === 'engage' && /\b(?:killings|cleansing|expulsion|protest|dissent)\b/.test(rest)) return 'against';
  if (verb === 'engage' && /\bsymbolic\b/.test(rest)) return 'toward';
  if ((verb === 'reduce' || verb === 'stop') && /\b(?:aid|assistance)\b/.test(rest)) return 'to';
  if (verb === 'reject' && /\bcooperation\b/.test(rest)) return 'with';
  if ((verb === 'expel' || verb === 'deport') && /\bindividuals\b/.test(rest)) return 'of';
  if (verb === 'use' && /^as\b/.test(rest)) return '';
  if (connector === '' && rest !== '' && !OBJECT_THEN.test(rest)) return verb === 'investigate' ? 'involving' : 'against';
  return connector;
}

/**
 * The reading of a CAMEO code: a function from the object's name to what follows the subject's, or null when the
 * codebook has no such code or its label opens with a word the table does not know (a test reads every code).
 */
export function readEvent(code: string): ((objectName: string) => string) | null {
  const label = cameoName(code);
  if (label === undefined) return null;
  // Root names are in capitals; other labels capitalise only their first word ("Threaten attack with WMD").
  const text = label === label.toUpperCase() ? label.toLowerCase() : label.charAt(0).toLowerCase() + label.slice(1);
  const words = text.split(' ');
  // The verbs open the label, joined by commas and "or", maybe with adverbs ("Protest violently, riot"; "Sexually assault").
  const read: string[] = [];
  let lastVerb = '';
  let verbEnd = 0;
  for (const word of words) {
    const bare = word.replace(/,$/, '');
    const entry = VERBS[bare];
    // A second verb is one of a list ("Criticize or denounce", "Return, release"), not an object ("Ease ban on …").
    const listed = read.length === 0 || read.at(-1) === 'or' || read.at(-1)!.endsWith(',') || read.at(-1)!.endsWith('ly');
    if (entry && listed) {
      read.push(word.replace(bare, entry[0]));
      lastVerb = bare;
      verbEnd = read.length;
    } else if (bare === 'or' || bare.endsWith('ly')) read.push(word);
    else break;
  }
  if (lastVerb === '') return null;
  // What follows the last verb belongs to the rest ("Retreat or surrender militarily", "Protest violently, riot").
  const verbPhrase = read.slice(0, verbEnd).join(' ').replace(/,$/, '');
  let rest = words.slice(verbEnd).join(' ');
  const [, connector] = VERBS[lastVerb]!;
  if (lastVerb === 'make' && !/^an? /.test(rest) && /\b(?:comment|statement)$/.test(rest)) rest = `${/^[aeiou]/.test(rest) ? 'an' : 'a'} ${rest}`;
  const bare = rest === '' ? BARE[lastVerb] : undefined;
  if (bare) return (object) => `${bare} ${object}`;
  if (OBJECT_PLACE.test(rest)) return (object) => `${verbPhrase} ${rest.replace(OBJECT_PLACE, object)}`;
  if (OPEN_END.test(rest)) return (object) => `${verbPhrase} ${rest} ${object}`;
  const objectWord = objectWordOf(lastVerb, connector, rest);
  if (objectWord === 'to*') return (object) => [verbPhrase, `to ${object}`, rest].filter(Boolean).join(' ');
  if (objectWord === '') return (object) => [verbPhrase, object, rest].filter(Boolean).join(' ');
  return (object) => [verbPhrase, rest, objectWord, object].filter(Boolean).join(' ');
}
