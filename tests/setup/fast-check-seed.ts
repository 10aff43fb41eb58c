// Property tests draw the same cases on every run, so the suite is deterministic; set FC_SEED to
// draw others when looking for new counterexamples (fast-check prints the seed of any failure).
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_201) });
