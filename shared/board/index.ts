/** The board model: typed commands and queries over a board's Yjs documents. */
export * from './types';
export { BoardModelError, type BoardModelErrorReason } from './BoardModelError';
export { isBoardId, newBoardId, newCardId, newCommentId, newGroupId, newLaneId, newResourceId, newStageId } from './ids';
export { initBoardContent, readMeta, updateMeta, type BoardInit } from './meta';
export { addLane, getLane, listLanes, moveLane, moveLaneFrame, removeLane, renameLane, resizeLaneFrame, setLaneColor, setLaneGroup } from './lanes';
export {
  alignCards,
  bringToFront,
  cardRect,
  compareStacking,
  distributeCards,
  moveCards,
  placementAt,
  rectsOf,
  resizeCard,
  sendToBack,
  type Alignment,
  type CardMove,
} from './canvas';
export { clipSchema, copyCards, duplicateCards, parseClip, pasteCards, type Clip } from './clipboard';
export { laneFrames } from './placement';
export { CANVAS, drawnLaneFrame, nextLaneFrame, parkingLotArea } from './layout';
export * from './geometry';
export { addCard, deleteCard, getCard, listCards, moveCard, setCardStatus, updateCard } from './cards';
export { invitesNewIdeas, setShortlisted, shortlistedStatus, stepsBack } from './shortlist';
export { cardDescription, setDescription, spliceDescription } from './description';
export { addResource, addStage, removeResource, removeStage, updateResource, updateStage } from './cardParts';
export { addComment, deleteComment, listComments } from './comments';
export {
  CLUSTER_FRAME,
  clusterCards,
  clusterFrame,
  groupCards,
  listClusters,
  removeCluster,
  renameCluster,
  tidyCluster,
  tidyLayout,
  ungroupCards,
} from './clusters';
export { addGroup, groupOfMember, joinGroup, leaveGroups, listGroups, removeGroup, renameGroup } from './groups';
export { readBreakout, readFollow, readPrivateMode, setBreakout, setFollow, setPrivateMode, stopFollow } from './facilitation';
export {
  addTimerMinutes,
  DEFAULT_TIMER_MS,
  isLocked,
  observeSession,
  pauseTimer,
  readSession,
  resetTimer,
  setLocked,
  setPhase,
  setTimerSound,
  startTimer,
  timerRemaining,
} from './session';
export { CURRENT_SCHEMA_VERSION, migrateContent, schemaVersionOf, type Migration } from './migrations';
export { readBoardContent } from './read';
export { restoreContent } from './restore';
export {
  applyVote,
  ballotUsed,
  DEFAULT_VOTING_RULES,
  readBallot,
  readVoteTotals,
  readVotingRules,
  setVotesRevealed,
  setVotingRules,
  tallyVotes,
  voteRefusal,
  votesRevealed,
  isVotingOpen,
  votingClosedReason,
  writeVoteTotals,
  type Ballot,
  type VotingRules,
} from './voting';
export { addParticipant, getParticipant, type Participant } from './participants';
export {
  computeResults,
  customCriteria,
  resetCriteria,
  defaultCriteria,
  cardSpread,
  hasFinishedScoring,
  isFullyScored,
  scoringProgress,
  marksProblem,
  readCriteria,
  readMarks,
  readScoreResults,
  scoresRevealed,
  setCriteria,
  setScoresRevealed,
  storeMarks,
  writeScoreResults,
  type CardMarks,
  type Criterion,
  type CriterionResult,
  type ScoreResult,
} from './scoring';
export { observeBoard, type BoardChange } from './observe';
export { STRATEGIC_SESSION_TRACKS, initialLanes } from './templates';
export { LIMITS, type CardPatch, type NewCard, type NewComment, type NewLane, type ResourceInput, type StageInput } from './validation';
export { BOARD_EXPORT, boardContentSchema, parseBoardContent, parseBoardContentJson, parseBoardExport } from './contentSchema';
export { carriedInitiatives, carryOverInitiatives, pastTracks, sessionOrigin } from './roadmap';
export { compareOrdered, keyAt, type Ordered } from './order';
