/*
** coder.h — the coder's internal interface, shared by its modules.
**
** The coder (coder.c) codes one story; mention.c finds and composes the
** actors a sentence names, discourse.c resolves them against the story so
** far, match.c matches verb patterns, clause.c finds whose act a word is,
** frame.c how the act is framed, appeal.c appeals, demands and defaults,
** and event.c emits and folds the events.  Nothing here is public: the API
** is brink.h.  Names shared between the modules carry the brink prefix.
*/
#ifndef BRINK_CODER_H
#define BRINK_CODER_H
#include "brink.h"
#include "engine.h"
#include "text.h"
#include "lexicon.h"
#include "arena.h"
#include "wordcache.h"
#include "timex.h"
#include "facts.h"
#include <stdint.h>
#include <string.h>

#define MAX_GAP        8    /* tokens a non-adjacent pattern element may skip */
#define MAX_MEMORY    24    /* mentions remembered across sentences */
#define MAX_ALIAS     16    /* titled names remembered by surname, per story */
#define MAX_TARGET_DIST 16  /* tokens after a match in which a default target may start */
#define MAX_PAIRWISE   4    /* a compound acting on itself makes pairs up to this size */

/* ---- Mentions ---------------------------------------------------------- */
#define MF_AGENT    0x0100  /* built from an agent with no country */
#define MF_PRONOUN  0x0200  /* a pronoun or description resolved from context */
#define MF_OBJECT   0x0400  /* governed by a preposition or verb */
#define MF_POSS     0x0800  /* followed by 's */
#define MF_ROLE     0x1000  /* an actor with an agent's role composed in ("Bree Prime Minister") */
#define MF_NOSOURCE 0x2000  /* the empty source of an unattributed attack */
#define MF_PARTY    0x4000  /* a party known only by its own name: OPP with no country */

typedef struct Mention {
  int iStart, iEnd;          /* tokens [iStart, iEnd) */
  const char *zCode;         /* "" when unresolved */
  const char *zAgent;        /* agent code for bare agents ("GOV"), else 0 */
  const char *zNear;         /* a person with no code on the story's date: the
                             ** code of the nearest dated role, else 0 */
  uint16_t flags;            /* ACTF_* | MF_* */
  int iGroup;                /* mentions joined by "and" share a group */
  const char *zText;
} Mention;

typedef struct Memory {      /* a mention remembered from earlier sentences */
  const char *zCode, *zText;
  uint16_t flags;
  int iSent;
  int bSubject;
  int bPlural;               /* a plural noun ("trade ministers"): no "he" or "she" */
  int bTravel;               /* the subject of a journey ("Baker had already left for Sweden") */
} Memory;

typedef struct Sent {        /* the sentence being coded */
  const char *z; size_t n; size_t iBase;
  Tok *aTok; int nTok;
  int32_t *aIdLow, *aIdLem;
  int32_t *aIdStem, *aIdStem2; /* ids of the two longest stems ("word*") each token begins with, or -1 */
  Mention *aMen; int nMen, nMenAlloc;
  int nGroupSeq;             /* the next group number brinkMenPush gives */
  int *aMenAt;               /* token -> mention index or -1 */
  int iSpeaker;              /* mention index of the quote's speaker, or -1 */
  uint8_t *aUsed;            /* token consumed by a matched pattern */
  uint64_t mWords;           /* bits (id % 64) of the word ids present (Pattern.mNeed) */
  uint64_t aIdBits[64];      /* bits (id % 4096) of the same: a finer, per-word test */
  uint8_t *aStarts;          /* per token: DK_* bits of phrase kinds it may start */
  uint16_t *aLists;          /* per token: WL_* bits of the word lists its form is in */
  int bNpActor;              /* a noun phrase is coded by the actor in it (PETRARCH) */
} Sent;

/* A one-word name of a country or of its people ("ethiopia", "kuwaiti"),
** for the misspelling test. */
typedef struct NameWord { const char *z; uint32_t n; int32_t id; } NameWord;

#define WORDLIST_SLOTS 256   /* a power of two, over twice the words of the word lists */
struct brink_coder {
  const brink_engine *pEng;
  const Dict *pDict;
  NameWord *aName; size_t nName;   /* one-word country names, by first letter (brink's own dictionaries) */
  size_t aNameAt[27];              /* names starting with 'a'+k: aName[aNameAt[k]..aNameAt[k+1]) */
  const char **azWord; uint32_t *anWord; size_t nWord;  /* dictionary word id -> its text (the same dictionaries) */
  DictView v;                /* the engine's tables, fetched once */
  int32_t aDetId[16]; int nDetId;  /* word ids of determiners (phraseRunMatch) */
  uint64_t mDetId;                 /* bit id%64 of each: most words are no determiner by it alone */
  struct WordListSlot { const char *z; uint32_t h; uint16_t m; } aWordList[WORDLIST_SLOTS];
                             /* the words of coder.c's word lists with their WL_* bits, by
                             ** brinkHashStep() hash, open addressing; z NULL: slot empty */
  int bStems;                /* TABARI dictionaries: stems ("word*"), anchors of any tag, ... */
  int bGapped;               /* some actor or agent phrase has a gap ("a ... b") */
  /* TABARI options (brink_coder_tabari_option) */
  char zDefSrc[16], zDefTgt[16];   /* DEFAULT: SOURCE [X] TARGET [Y]; "" when off */
  int bDefPrior, bDefAfter;        /* ... PRIOR, AFTER */
  int bConvertAgent;               /* SET: CONVERT AGENT = TRUE */
  int nMaxVerbs, nMaxConj;         /* COMPLEX: VERBS[n] CONJ[m]; 0 when off */
  int nMinWords;                   /* SET: MINIMUM WORDS = n; 0 when off */
  int eCodeBy;                     /* SET: CODE BY CLAUSE (0), CODE BY SENTENCE (1), CODE ALL (2) */
  int nEmitted;                    /* events emitted (new or folded), to tell a clause has coded */
  int aComma[6];                   /* COMMA: MIN MAX EMIN EMAX BMIN BMAX (word counts of the
                                   ** internal, terminal, initial comma-delimited clauses dropped) */
  int bCommaOff;                   /* COMMA: OFF */
  int bForward;                    /* FORWARD: a story's pronoun may stand for an actor of the story before */
  char zFwdSrc[4], zFwdTgt[4];     /* ... the root codes of the last story's first event */
  int bFwdPron;                    /* ... whose source was itself a pronoun */
  Arena arena;
  WordCache *pCache;         /* memo of word lookups, kept across stories */
  FactsStory *pFacts;        /* places and quantities of the story (facts.h, issue 7) */
  int iAnchor;               /* anchor token of the events being emitted (facts) */
  brink_coder_stats stats;
  char zErr[256];
  /* per story */
  int32_t iDay;              /* the story date */
  const char *zSentDate;     /* the current sentence's event date (arena); NULL: not yet
                             ** worked out (sentDate(): most sentences emit nothing) */
  int32_t iSentDay;          /* ... and its day, once zSentDate is set */
  const Tok *aSentTok; int nSentTok;   /* ... the tokens it is read from */
  const char *zSentIssues;   /* issue codes of the current sentence, NULL: no issue dictionary */
  const Pattern *pRule;      /* the pattern of the events being emitted (explain) */
  int bNoIssues;             /* a "~~" phrase switched issue coding off for the story */
  const brink_story *pStory;
  int iSent;
  int iPastSent;             /* the last sentence whose act was long past, -2: none */
  int iThingSent;            /* the last sentence whose subject was a thing that can act,
                             ** no actor ("The bill forces ..."), -2: none */
  Memory aMem[MAX_MEMORY]; int nMem;
  const size_t *aSpan; size_t nSpan;     /* the story's sentences (brink_coder_sentences) */
  Memory aAlias[MAX_ALIAS]; int nAlias;  /* "British minister Michael Howard": "howard" is that actor */
  char azAlias[MAX_ALIAS][32];
  brink_event *aEv; size_t nEv, nEvAlloc;
  /* for brink_analyze */
  brink_token *aPubTok;
};

/* ---- Word-list bits, framings, governors, a pattern match ------------- */
/* the word lists a form is in (coder.c's word lists, kept in the word memo) */
enum { WL_DET = 1, WL_PRONOUN = 2, WL_ORGCAL = 4, WL_BREAK = 8, WL_REF = 16, WL_KNOWN = 0x8000 };
/* a pattern matched at an anchor: its source and target mentions, its
** token span, whether the target is a compound, how many loose matches,
** and the "by" of a passive's agent that a target slot passed over ("was
** greeted by Kim Jong-il at"; -1 if none) */
typedef struct Match { int iSrc, iTgt, iStart, iEnd, bCompound, nLoose, iBy; } Match;
/* One anchor's act being coded: codeSentence (coder.c) fills it step by
** step (roles.c, frame.c, screen.c); -1 for a mention not found */
typedef struct Anchor {
  int a;                     /* the anchor token */
  const Pattern *pPat;       /* the pattern matched there */
  Match m;                   /* ... and its match */
  int bInQ;                  /* the anchor is inside a quotation */
  int bPassive, bReduced;    /* a passive; a participle's own ("an accord, opposed by") */
  int iSubj;                 /* the clause's subject */
  int bUnknownSubj;          /* ... is there, but no actor any dictionary knows */
  int iSrc, iTgt;            /* the source and target mentions */
  int bPlaced;               /* the source's country is where it protests */
  int bByNoun;               /* the source is a noun anchor's by-agent */
  int bMutual;               /* a clash: emitted both ways */
  int iOwnGov;               /* a target made for want of one named, unmade at the next anchor */
  int eFrame;                /* FR_*: how the sentence frames the act */
  const char *zCode;         /* the code, as the steps leave it */
} Anchor;
/* what a step of coding an anchor returns, besides a negative BRINK_E* */
enum { ANCHOR_ON = 0, ANCHOR_DONE = 1 };
/* one step: ANCHOR_ON to go on to the next, ANCHOR_DONE when the act was
** emitted or dropped, or a negative BRINK_E* code */
typedef int (*AnchorStep)(brink_coder *c, Sent *s, Anchor *A);
/* how framing words frame an act (frame.c) */
enum { FR_NONE = 0, FR_NEG, FR_HYPO, FR_FUTURE, FR_REFUSE, FR_PREDICT };
/* what a governing verb makes of the clause it governs (appeal.c) */
enum { GOV_NONE = 0, GOV_APPEAL, GOV_DEMAND, GOV_HYPO };

/* ---- Small helpers, inline in every module ---------------------------- */
/* May word id (>=0) occur in the sentence?  (Never a false "no".) */
static inline int idMayBeIn(const Sent *s, int32_t id){
  return (int)(s->aIdBits[(id>>6) & 63] >> (id & 63) & 1);
}

/* The mention covering token i (-1: none), found by scanning: for the
** passes that run while mentions are still being found and composed, before
** s->aMenAt is built (indexMentions in discourse.c). */
static inline int menCovering(const Sent *s, int i){
  for(int k=s->nMen-1; k>=0; k--){
    if( s->aMen[k].iStart<=i && i<s->aMen[k].iEnd ) return k;
  }
  return -1;
}
static inline int tokIs(const Tok *t, const char *z){ return t->zLow[0]==z[0] && brinkWordEq(t->zLow, z); }

static inline int lemIs(const Tok *t, const char *z){ return t->zLemma[0]==z[0] && brinkWordEq(t->zLemma, z); }

static inline int inSet(const char *z, const char *const *az){
  for(int i=0; az[i]; i++) if( az[i][0]==z[0] && brinkWordEq(z, az[i]) ) return 1;
  return 0;
}

static inline char *menText(brink_coder *c, const Sent *s, int iStart, int iEnd){
  const Tok *a = &s->aTok[iStart], *b = &s->aTok[iEnd-1];
  size_t i0 = a->iOff - s->iBase, i1 = b->iOff - s->iBase + (size_t)b->n;
  return brinkArenaStrndup(&c->arena, s->z + i0, i1 - i0);
}

/* Does token i match dictionary word w? */
static inline int wordMatch(const Sent *s, int i, const DictWord *w){
  int32_t a = s->aIdLow[i], b = s->aIdLem[i];
  return (a>=0 && (a==w->id1 || a==w->id2)) || (b>=0 && (b==w->id1 || b==w->id2))
      || (s->aIdStem[i]>=0 && (s->aIdStem[i]==w->id1 || s->aIdStem2[i]==w->id1));
}

/* Does a run of nWord adjacent dictionary words starting at aWord match at i? */
static inline int runMatch(const Sent *s, int i, const DictWord *aWord, int nWord){
  if( i+nWord > s->nTok ) return 0;
  for(int k=0; k<nWord; k++) if( !wordMatch(s, i+k, &aWord[k]) ) return 0;
  return 1;
}

/* The token after phrase aWord[0..nWord) matched at token i, or 0.  Its
** words are adjacent but where mGap lets others come before word k (a
** TABARI phrase "PRINCE DOL_AMROTH" in "Prince of Dol Amroth"); those are
** looked for anywhere after, up to a ';' or ','. */
static inline int phraseEnd(const Sent *s, int i, const DictWord *aWord, int nWord, uint16_t mGap){
  if( !mGap ) return runMatch(s, i, aWord, nWord) ? i+nWord : 0;
  int q = i;
  for(int k=0; k<nWord; k++){
    if( k>0 && (mGap>>k & 1) ){
      while( q<s->nTok && !wordMatch(s, q, &aWord[k]) && !tokIs(&s->aTok[q], ";") && !tokIs(&s->aTok[q], ",") ) q++;
    }
    if( q>=s->nTok || !wordMatch(s, q, &aWord[k]) ) return 0;
    q++;
  }
  return q;
}

/* ---- coder.c ----------------------------------------------------------- */
extern const char *const brinkAzBe[];
extern const char *const brinkAzFear[];
extern const char *const brinkAzMission[];
extern const char *const brinkAzModal[];
extern const char *const brinkAzNeg[];
extern const char *const brinkAzSpeech[];

/* ---- roles.c ----------------------------------------------------------- */
void brinkAnchorStart(Anchor *A, const Sent *s, int a, const Pattern *pPat, const Match *pM);
int brinkAnchorVoice(brink_coder *c, Sent *s, Anchor *A);
int brinkAnchorSource(brink_coder *c, Sent *s, Anchor *A);
int brinkAnchorTarget(brink_coder *c, Sent *s, Anchor *A);

/* ---- screen.c ---------------------------------------------------------- */
int brinkToldNotDone(brink_coder *c, Sent *s, Anchor *A);
int brinkFinalCode(brink_coder *c, Sent *s, Anchor *A);

/* ---- match.c ----------------------------------------------------------- */
int brinkAndOpensClause(const Sent *s, int i);
int brinkOpensClause(const Sent *s, int i);
int brinkGeoPlaceAdj(const Sent *s, int q);
int brinkAndThenVerb(const Sent *s, int a, int i);
int brinkAndSecondVerb(const Sent *s, int a, int i);
int brinkClosingSpeaker(const Sent *s, int k);
int brinkCompanyEmployer(const Sent *s);
int brinkInTermsClause(const Sent *s, int a);
int brinkLandmarkOrClauseSubject(const Sent *s, int k, int i0);
int brinkLiteralWords(const DictView *pV, const Pattern *pat);
int brinkOwnsClauseSubject(const Sent *s, int k);
int brinkPatternMatch(const brink_coder *c, const Sent *s, const Pattern *pat, int a, int bFirst, Match *pM);
int brinkStandingWould(const Sent *s, int a);
int brinkStrangerPartner(const Sent *s, int i);
int brinkTopicBetween(const Sent *s, int k);

/* ---- event.c ----------------------------------------------------------- */
int brinkCodesRelated(const char *zA, const char *zB);
int brinkEmit(brink_coder *c, const Sent *s, const Mention *pSrc, const Mention *pTgt, const char *zCode, int bNeg);
extern const char *const brinkAzProtester[];
extern const char *const brinkAzPlaceKind[];
extern const char *const brinkAzPlacePart[];
const char *brinkGunmenCode(const char *zCode, const char *zT, const Mention *pTgt);
int brinkRecode(brink_coder *c, brink_event *e, const brink_cameo *pC);
int brinkDespiteAsker(const Sent *s, int iEnd, int iSrc);
int brinkOwnOrgan(const Sent *s, const Mention *pPeople, const Mention *pOrgan);
int brinkReformIntent(const char *zCode);
int brinkSameState(const char *zA, const char *zB);
/* A coup or a mutiny: force or coercion (roots 17-20) by a state's armed
** forces on its own government (event.c)? */
int brinkMutiny(const char *zCode, const char *zS, const Mention *pTgt);

/* ---- mention.c --------------------------------------------------------- */
int brinkBuildNames(brink_coder *c);
void brinkComposeMentions(brink_coder *c, Sent *s);
int brinkCoordinated(const Sent *s, int j, int *pbAnd);
int brinkFindMentions(brink_coder *c, Sent *s);
const char *brinkJoinCode(brink_coder *c, const char *zActor, const char *zAgent, int bPrefix);
Mention *brinkMenPush(brink_coder *c, Sent *s);
void brinkMenRemove(Sent *s, int k);
int brinkPhraseAtFrom(const brink_coder *c, const Sent *s, int k, int i, uint32_t *piEntry);

/* ---- discourse.c ------------------------------------------------------- */
extern const char *const brinkAzJourneyVerb[];
extern const char *const brinkAzMoney[];
int brinkCivilCode(const char *zCode);
int brinkArmedCode(const char *zCode);
int brinkHasRole(const char *zCode, const char *zAgent);
int brinkByAccident(const Sent *s, int a);
int brinkIsPluralMention(const Sent *s, const Mention *m);
int brinkJourneyAfter(const Sent *s, int i);
int brinkKnownSurname(const brink_coder *c, const char *zLast, Memory *pOut);
const char *brinkPlaceCountry(brink_coder *c, const Sent *s, int i, int *piEnd);
int brinkPlaceMostlyIn(const brink_coder *c, const Sent *s, int i, int iEnd, const char *zCountry);
void brinkRemember(brink_coder *c, const Mention *m, int bSubject, int bPlural, int bTravel);
void brinkRememberAlias(brink_coder *c, const Sent *s, const Mention *m);
void brinkRememberUnknown(brink_coder *c, const Memory *r);
int brinkResolveMentions(brink_coder *c, Sent *s);
int brinkThingSubject(const brink_coder *c, const Sent *s);
int brinkUnknownPerson(const brink_coder *c, const Sent *s, int iFrom, Memory *pOut);

/* ---- clause.c ---------------------------------------------------------- */
int brinkAppositiveComma(const Sent *s, int iFrom);
int brinkAfterOnWhich(const Sent *s, int i);
extern const char *const brinkAzOutlet[];
int brinkDomesticCode(const char *zCode);
int brinkFindSubject(const Sent *s, int a, int bInQuote);
/* a form of "be" in the three words before token v, past adverbs ("was
** greeted", "has been urged", "were reportedly killed") */
int brinkBeBefore(const Sent *s, int v);
/* an actor code that names a country (not an organisation of states, a
** non-governmental one, a militant network or no one) */
int brinkCountryCoded(const char *z);
int brinkFirstPersonBefore(const Sent *s, int a);
const Mention *brinkGroupHead(const Sent *s, const Mention *m);
/* the token after mention k's group ("the United States and Britain") */
int brinkGroupEnd(const Sent *s, int k);
int brinkHarmedIn(const Sent *s, int a);
int brinkIsObjectLike(const Sent *s, const Mention *m);
int brinkOwnOffice(const char *zCode);
int brinkPastNarrative(const brink_coder *c, const Sent *s, int a);
int brinkPlaceIn(const Sent *s, const Mention *m);
int brinkTimeAdjunctStart(const Sent *s, int i);

/* ---- frame.c ----------------------------------------------------------- */
int brinkBeforeNounPhrase(const Sent *s, int a, int nMax);
int brinkConditionSubject(const Sent *s, int i, int iSrc);
int brinkEmitGroups(brink_coder *c, const Sent *s, int iSrc, int iTgt, const char *zCode);
int brinkFindSpeaker(const Sent *s);
int brinkForecastFrame(const Sent *s, const char *zCode, int a, int iEnd);
int brinkFraming(const Sent *s, int iFrom, int a);
int brinkFramingAround(const Sent *s, int iSubjStart, int a, int32_t iStory);
const char *brinkFutureCode(const char *zCode);
int brinkGovernorBefore(const Sent *s, int a, int nMax);
int brinkInfinitiveNotDone(const Sent *s, int a);
int brinkNounAnchor(const Sent *s, int a);
int brinkNounSubjectBefore(const Sent *s, int a);
int brinkQuotedSpeaker(const Sent *s, int i);
const char *brinkRefuseCode(const char *zCode);
const char *brinkThreatCode(const char *zCode);

/* ---- appeal.c ---------------------------------------------------------- */
int brinkNamedAsTopic(const Sent *s, int a, const char *zCode);
int brinkCancelledForOwnReason(const Sent *s, int a, const char *zCode);
int brinkAlreadyDone(const Sent *s, int a, const char *zCode);
const char *brinkAskCode(int eGov, const char *zCode, int bNot);
extern const char *const brinkAzGoOn[];
const char *brinkBombCode(const brink_coder *c, const Sent *s, int a, const char *zCode);
int brinkClauseBreakAt(const Sent *s, int i);
int brinkDefaultMention(brink_coder *c, Sent *s, int a, const char *zCode);
void brinkDropCommaClauses(brink_coder *c, Sent *s);
int brinkEmitUnattributed(brink_coder *c, Sent *s, const char *zCode, int a, int iTgt, int iFrom, int bPassive, int bSlot);
int brinkGovernor(const Sent *s, int a, int iSubj, int *piSrc, int *piTgt, int *pbNot, int *piGov);
int brinkIsComplex(const brink_coder *c, const Sent *s);
int brinkPastClause(brink_coder *c, const Sent *s, int a, int iEnd);
const char *brinkPlaceAfter(brink_coder *c, const Sent *s, int a, int bPastActors);
int brinkReportedBy(const Sent *s, int iSubj, int a);
int brinkSoloMention(brink_coder *c, Sent *s, int k);
int brinkSupportInWar(const Sent *s, int a, const char *zCode);
int brinkThatOpensTarget(const Sent *s, int iEnd, int i);
int brinkWarnsNoThreat(const Sent *s, int a);

/* ---- Hot tests, inline: most tokens fail them without a call --------- */
/* Longest phrase of kind k starting at token i; returns its length and the
** entry in *piEntry, or 0 (mention.c).  Most tokens start no phrase of the
** kind, and the call cost more than that test. */
static inline int brinkPhraseAt(const brink_coder *c, const Sent *s, int k, int i, uint32_t *piEntry){
  if( s->aStarts && !(s->aStarts[i] & (1u<<k)) ) return 0;   /* starts no phrase of this kind */
  return brinkPhraseAtFrom(c, s, k, i, piEntry);
}

/* Does token i end a clause and open the next?  ';', "but", "whereas", or
** an "and"/"or" followed by a verb ("and promised") or by an actor and its
** verb ("and Gondor asked").  The word-list bits reject most tokens
** without a call; brinkClauseBreakAt() (appeal.c) has the rules. */
static inline int brinkClauseBreak(const Sent *s, int i){
  return (s->aLists[i] & WL_BREAK) && brinkClauseBreakAt(s, i);
}

/* Run steps in turn while each says ANCHOR_ON; the last one's answer. */
static inline int brinkAnchorSteps(brink_coder *c, Sent *s, Anchor *A, const AnchorStep *aStep, int nStep){
  int rc = ANCHOR_ON;
  for(int i=0; i<nStep && rc==ANCHOR_ON; i++) rc = aStep[i](c, s, A);
  return rc;
}

#endif /* BRINK_CODER_H */
