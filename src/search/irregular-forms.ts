/**
 * Irregular verb forms (and a few irregular plurals) mapped to the word the stemmer shares with the other
 * forms: Porter2 stems "stood" to "stood", so "what does S.H.I.E.L.D. stand for" never met "stood for" (WikiQA
 * tune half: excerpt 0.504 -> 0.520). Only forms that are not also a common word of their own are listed:
 * "saw", "left", "rose", "felt", "ground", "bound", "lay", "spoke", "born", "bore", "fell" (a hill), "lit" and
 * "found" (to found) keep their own terms. "won" was a stop word (left over from "won't") until session 41:
 * "who won the rapidplay" lost its verb (blind sets on articles never read +3).
 */
const FORMS = `
  went:go gone:go stood:stand understood:understand withstood:withstand bought:buy brought:bring
  thought:think taught:teach caught:catch fought:fight sought:seek made:make said:say told:tell sold:sell
  held:hold kept:keep slept:sleep met:meet paid:pay built:build rebuilt:rebuild sent:send spent:spend
  lent:lend lost:lose ran:run began:begin begun:begin sang:sing sung:sing swam:swim gave:give given:give
  took:take taken:take wrote:write written:write drove:drive driven:drive rode:ride ridden:ride ate:eat
  eaten:eat fallen:fall knew:know known:know grew:grow grown:grow threw:throw thrown:throw flew:fly
  flown:fly drew:draw drawn:draw chose:choose chosen:choose froze:freeze frozen:freeze broke:break
  broken:break spoken:speak woke:wake woken:wake wore:wear worn:wear tore:tear torn:tear swore:swear
  sworn:swear hid:hide hidden:hide forgot:forget forgotten:forget got:get gotten:get came:come
  became:become seen:see struck:strike stuck:stick hung:hang dug:dig led:lead fed:feed fled:flee
  shook:shake shaken:shake risen:rise arose:arise arisen:arise withdrew:withdraw withdrawn:withdraw
  overthrew:overthrow overthrown:overthrow undertook:undertake undertaken:undertake sank:sink sunk:sink
  sprang:spring sprung:spring wept:weep swept:sweep dealt:deal meant:mean slain:slay forbade:forbid
  forbidden:forbid forgave:forgive forgiven:forgive mistook:mistake shone:shine spun:spin strove:strive
  stole:steal stolen:steal swung:swing beaten:beat bitten:bite blew:blow blown:blow bred:breed sat:sit
  laid:lay shot:shoot found:find won:win rang:ring drank:drink crept:creep
  knelt:kneel leapt:leap clung:cling flung:fling shrank:shrink strode:stride sewn:sew woven:weave
  withheld:withhold upheld:uphold overtook:overtake overtaken:overtake dreamt:dream learnt:learn
  children:child feet:foot teeth:tooth mice:mouse geese:goose
`;

/** Folded word -> the word to stem in its place. */
export const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map(
  FORMS.trim()
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);
