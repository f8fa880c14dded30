// Every Spanish exercise-script string, by its stable id (`exercise.<script id>.<path>`).
import correctiveAllianceCheckIn from './corrective-alliance-check-in.js';
import correctivePlannedEnding from './corrective-planned-ending.js';
import correctiveRuptureRepair from './corrective-rupture-repair.js';
import exploreAttachmentTimeline from './explore-attachment-timeline.js';
import exploreGenogram from './explore-genogram.js';
import explorePatternDiary from './explore-pattern-diary.js';
import mindfulBodyScan from './mindful-body-scan.js';
import mindfulBreath from './mindful-breath.js';

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
};
