/**
 * Numbers on the board read in the board's language, as on its slides and in its report
 * («3,5», «450 млн ₽», «25 чел.», «σ 0,4»), whatever language this person's screen speaks.
 */
import { numberFormats, SPREAD } from '../../../shared/format';
import { useBoard } from './BoardContext';

export function useNumbers() {
  const board = useBoard();
  return {
    numbers: () => numberFormats(board.state.meta.locale),
    /** The name and one-sentence meaning of the spread shown beside scores. */
    spread: () => SPREAD[board.state.meta.locale],
  };
}
