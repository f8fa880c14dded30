// Every Spanish exercise-script string, by its stable id (`exercise.<script id>.<path>`).
import correctiveAllianceCheckIn from './corrective-alliance-check-in.js';
import correctivePlannedEnding from './corrective-planned-ending.js';
import correctiveRuptureRepair from './corrective-rupture-repair.js';
import exploreAttachmentTimeline from './explore-attachment-timeline.js';
import exploreGenogram from './explore-genogram.js';
import explorePatternDiary from './explore-pattern-diary.js';
import mindfulBodyScan from './mindful-body-scan.js';
import mindfulBreath from './mindful-breath.js';
import mindfulCompassionateLetter from './mindful-compassionate-letter.js';
import mindfulLovingKindness from './mindful-loving-kindness.js';
import mindfulRain from './mindful-rain.js';
import mindfulSelfCompassionBreak from './mindful-self-compassion-break.js';
import regulateAffectLabeling from './regulate-affect-labeling.js';
import regulateGrounding54321 from './regulate-grounding-54321.js';
import regulateOppositeAction from './regulate-opposite-action.js';
import regulatePacedBreathing from './regulate-paced-breathing.js';
import regulateSelfSootheKit from './regulate-self-soothe-kit.js';
import regulateWindowOfTolerance from './regulate-window-of-tolerance.js';
import reparentIdealParentFigures from './reparent-ideal-parent-figures.js';
import reparentSelfReparentingPractice from './reparent-self-reparenting-practice.js';
import reparentYoungerSelfImagery from './reparent-younger-self-imagery.js';
import reparentYoungerSelfLetter from './reparent-younger-self-letter.js';

/** The Spanish strings of every exercise script, by stable id. */
export const exercises: Readonly<Record<string, string>> = {
  ...correctiveAllianceCheckIn,
  ...correctivePlannedEnding,
  ...correctiveRuptureRepair,
  ...exploreAttachmentTimeline,
  ...exploreGenogram,
  ...explorePatternDiary,
  ...mindfulBodyScan,
  ...mindfulBreath,
  ...mindfulCompassionateLetter,
  ...mindfulLovingKindness,
  ...mindfulRain,
  ...mindfulSelfCompassionBreak,
  ...regulateAffectLabeling,
  ...regulateGrounding54321,
  ...regulateOppositeAction,
  ...regulatePacedBreathing,
  ...regulateSelfSootheKit,
  ...regulateWindowOfTolerance,
  ...reparentIdealParentFigures,
  ...reparentSelfReparentingPractice,
  ...reparentYoungerSelfImagery,
  ...reparentYoungerSelfLetter,
};
