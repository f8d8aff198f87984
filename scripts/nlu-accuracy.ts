/** `npm run nlu-accuracy`: how well the console's offline NLU understands the held-out phrasings, and what it misses. */

import { loadModel } from '../console/nlu/compile-model';
import { formatAccuracy, measureAccuracy } from '../evaluation/nlu-accuracy';
import { phrasings } from '../evaluation/phrasings/nlu-table';

console.log(formatAccuracy(measureAccuracy(loadModel('en-US'), phrasings)));
