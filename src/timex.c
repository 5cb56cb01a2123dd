/*
** timex.c — when a sentence says its event happened, and whether it is
** news at all.
**
** brinkSentenceDay() resolves the first time expression of a sentence
** against the story date: "today", "yesterday", "tomorrow", "on Tuesday"
** (the latest Tuesday on or before the story date, as news reports use it),
** "last week", "last month" (the 15th of the month before the story's),
** "on April 13" / "13 April" / "March eight" (without a year, the one
** nearest the story); a weekday after "will" or "is to", or after a
** present tense of a scheduled act ("begins a visit on Tuesday"), is the
** coming one.
** brinkEventDay() dates one act: by a time expression after it in its own
** clause, else as the sentence.
** brinkFutureDateAt() tells whether a day said at a token falls after the
** story's (a plan); brinkWeekdayOf() names the days of the week.
**
** brinkSentenceKind() spots sentences that look like events but are not:
** a sports result ("Russia beat Ukraine 2-1") and a history retrospective
** ("In 1941, Germany invaded the Soviet Union" in a story from 2021, "In a
** pact last summer, ..."); repeated or counted acts ("Each time ...",
** "Since ... last June, ...", "To date, ...");
** brinkPastYearAt() a time long past said of one event ("signed the accord
** in 1983", "signed it last year", "agreed last December");
** brinkSinceYearAt() a total or a state over years ("since 1973").
** All work on tokens only; nothing here allocates.
*/
#include "timex.h"
#include <string.h>
#include <stdlib.h>
#include <ctype.h>

static int tokIs(const Tok *t, const char *z){ return t->zLow[0]==z[0] && brinkWordEq(t->zLow, z); }

static const char *const azWeekday[] = {
  "thursday","friday","saturday","sunday","monday","tuesday","wednesday",0   /* day 0 = 1970-01-01, a Thursday */
};
static const char *const azMonth[] = {
  "january","february","march","april","may","june","july","august",
  "september","october","november","december",0
};
static const char *const azMonAbbr[] = {
  "jan.","feb.","mar.","apr.","may","jun.","jul.","aug.","sep.","oct.","nov.","dec.",0
};

static int lookup(const char *const *az, const char *z){
  for(int i=0; az[i]; i++) if( az[i][0]==z[0] && brinkWordEq(az[i], z) ) return i;
  return -1;
}

int brinkWeekdayOf(const char *zLow){ return lookup(azWeekday, zLow); }

static int monthOf(const Tok *t){
  int m = lookup(azMonth, t->zLow);
  if( m<0 ) m = lookup(azMonAbbr, t->zLow);
  if( m<0 && strcmp(t->zLow, "sept.")==0 ) m = 8;
  return m;
}

/* Nouns of a violent act that a date before them dates. */
static const char *const azAttackNoun[] = {"attack","attacks","raid","raids","bombing","bombings","strike",
  "strikes","offensive","assault","massacre","killing","killings","coup","explosion","blast","shooting",
  "invasion","shelling","hijacking","kidnapping",0};

/* The day of month token t says, 0 if none; bWords also reads "eight"
** (only after a month: "March eight", not "two April meetings"). */
static int dayNumW(const Tok *t, int bWords){
  const char *z = t->zLow;
  /* "17th", "1st", "22nd", "3rd" */
  if( t->n>=3 && t->n<=4 && z[0]>='0' && z[0]<='9' ){
    const char *e = z + (z[1]>='0' && z[1]<='9' ? 2 : 1);
    if( !strcmp(e, "st") || !strcmp(e, "nd") || !strcmp(e, "rd") || !strcmp(e, "th") ){
      int d = atoi(z);
      return d>=1 && d<=31 ? d : 0;
    }
  }
  /* "March eight": a day in words */
  static const char *const azDayWord[] = {"one","two","three","four","five","six","seven","eight","nine",
    "ten","eleven","twelve","thirteen","fourteen","fifteen","sixteen","seventeen","eighteen","nineteen",
    "twenty","twenty-one","twenty-two","twenty-three","twenty-four","twenty-five","twenty-six",
    "twenty-seven","twenty-eight","twenty-nine","thirty","thirty-one",0};
  if( !(t->flags & TOKF_NUM) ){
    int w = bWords ? lookup(azDayWord, z) : -1;
    return w>=0 ? w+1 : 0;
  }
  if( t->n>2 ) return 0;
  int d = atoi(z);
  return d>=1 && d<=31 ? d : 0;
}

static int dayNum(const Tok *t){ return dayNumW(t, 0); }

/* Day number of year/month/day, or INT32_MIN if invalid. */
static int32_t ymd(int y, int m, int d){
  char z[16];
  if( y<1 || y>9999 ) return INT32_MIN;
  z[0] = (char)('0' + y/1000); z[1] = (char)('0' + y/100%10); z[2] = (char)('0' + y/10%10); z[3] = (char)('0' + y%10);
  z[4] = '-'; z[5] = (char)('0' + m/10); z[6] = (char)('0' + m%10);
  z[7] = '-'; z[8] = (char)('0' + d/10); z[9] = (char)('0' + d%10); z[10] = 0;
  int32_t iDay;
  return brink_date_parse(z, &iDay)==BRINK_OK ? iDay : INT32_MIN;
}

static int yearOf(int32_t iDay){
  char z[16];
  brink_date_format(iDay, z);
  return atoi(z);
}

/* The 15th of month m (0-11) in the latest year that puts it on or before
** iStory ("last December", "resigned in November" told in March). */
static int32_t latestMonthDay(int m, int32_t iStory){
  int y = yearOf(iStory);
  int32_t iDay = ymd(y, m+1, 15);
  if( iDay!=INT32_MIN && iDay > iStory ) iDay = ymd(y-1, m+1, 15);
  return iDay;
}

/* A day of month m (0-based) said without a year is the one nearest the
** story: "on April 29" in a March story is next month's, "January 1" in an
** October story is the coming one, "November 5" in a March story last
** year's.  (Before, a day later in the year than the story was always put
** in the year before, so plans were dated a year back.) */
static int32_t nearestYear(int m, int d, int32_t iStory){
  int y = yearOf(iStory);
  int32_t iDay = ymd(y, m+1, d);
  if( iDay==INT32_MIN ) return iDay;
  if( iDay > iStory + 183 ){ int32_t i2 = ymd(y-1, m+1, d); if( i2!=INT32_MIN ) iDay = i2; }
  else if( iDay < iStory - 183 ){ int32_t i2 = ymd(y+1, m+1, d); if( i2!=INT32_MIN ) iDay = i2; }
  return iDay;
}

int brinkFutureDateAt(const Tok *a, int n, int i, int32_t iStory){
  /* "from 29 April": the day first */
  if( i>=0 && i+1<n && dayNum(&a[i]) && (a[i+1].flags & TOKF_CAP) && monthOf(&a[i+1])>=0 ){
    if( i+2<n && (a[i+2].flags & TOKF_NUM) && a[i+2].n==4 ) return 0;
    int32_t iDay = nearestYear(monthOf(&a[i+1]), dayNum(&a[i]), iStory);
    return iDay!=INT32_MIN && iDay > iStory;
  }
  if( i<0 || i>=n || !(a[i].flags & TOKF_CAP) ) return 0;
  int m = monthOf(&a[i]);
  if( m<0 || i+1>=n ) return 0;
  int d = dayNum(&a[i+1]);
  if( !d || (i+2<n && (a[i+2].flags & TOKF_NUM) && a[i+2].n==4) ) return 0;   /* a year said: not guessed */
  if( i+3<n && tokIs(&a[i+2], ",") && (a[i+3].flags & TOKF_NUM) && a[i+3].n==4 ) return 0;
  int32_t iDay = nearestYear(m, d, iStory);
  return iDay!=INT32_MIN && iDay > iStory;
}

/* Is the date expression at token i an adverbial of the sentence's event
** ("on Tuesday", "last Friday", "on April 13")?  A bare date ("a deadline of
** April 17", "Tuesday's vote") says when something else happens. */
static int isAdverbial(const Tok *a, int i){
  if( i<=0 ) return 0;
  const Tok *p = &a[i-1];
  return (tokIs(p, "on") || tokIs(p, "last") || tokIs(p, "this") || tokIs(p, "early")
               || tokIs(p, "late") || tokIs(p, "until") || tokIs(p, "by"));
}

static int32_t sentenceDay(const Tok *a, int n, int32_t iStory);
static int32_t dayAt(const Tok *a, int n, int i, int32_t iStory);

/* Does the sentence say it is of now ("today", "on Tuesday")? */
static int saysNow(const Tok *a, int n){
  static const char *const azNow[] = {"today","yesterday","tonight","monday","tuesday","wednesday",
    "thursday","friday","saturday","sunday",0};
  for(int i=0; i<n; i++) if( lookup(azNow, a[i].zLow)>=0 ) return 1;
  return 0;
}

int32_t brinkSentenceDay(const Tok *a, int n, int32_t iStory){
  /* An event is dated when it is reported, never later: a future date is a
  ** plan or a deadline, coded on the story's date. */
  int32_t iDay = sentenceDay(a, n, iStory);
  return iDay > iStory ? iStory : iDay;
}

int32_t brinkEventDay(const Tok *a, int n, int iAct, int32_t iStory){
  /* a time expression after the act in its own clause dates it: "Iran said
  ** on Tuesday that Iraqi jets hit the tanker on Monday" is Monday's
  ** attack.  The clause ends at a tensed verb ("..., the agency said on
  ** Tuesday"), a relative or subordinate clause, or a semicolon. */
  static const char *const azStop[] = {"that","which","who","whom","whose","when","where","after","before",
    "since","because","while","as","if","although","though",";",":","(",0};
  for(int j=iAct+1; iAct>=0 && j<n && j<=iAct+16; j++){
    const Tok *t = &a[j];
    if( TAG_IS_FINITE(t->eTag) || t->eTag==TAG_MD || lookup(azStop, t->zLow)>=0 ) break;
    int32_t iDay = dayAt(a, n, j, iStory);
    /* a month alone after a past tense ("resigned from his White House
    ** post in November", told in March) is the latest such month before
    ** the story's, on its 15th as "last month" is (twenty-seventh review
    ** #29); the story's own month is the story's day */
    if( iDay==INT32_MIN && a[iAct].eTag==TAG_VBD && j>0 && (a[j].flags & TOKF_CAP) && monthOf(&a[j])>=0
        && (tokIs(&a[j-1], "in") || tokIs(&a[j-1], "early") || tokIs(&a[j-1], "late") || tokIs(&a[j-1], "mid"))
        && !(j+1<n && (a[j+1].flags & TOKF_NUM)) ){
      int m = monthOf(&a[j]);
      char z[16];
      brink_date_format(iStory, z);
      iDay = atoi(z+5)-1==m ? iStory : latestMonthDay(m, iStory);
    }
    /* (a day to come names a plan's date, not the act's: "announced last
    ** week plans to impose tariffs on April 17" is last week's) */
    if( iDay!=INT32_MIN ){
      if( iDay > iStory ) break;
      return iDay;
    }
  }
  return brinkSentenceDay(a, n, iStory);
}

static int32_t sentenceDay(const Tok *a, int n, int32_t iStory){
  for(int i=0; i<n; i++){
    int32_t iDay = dayAt(a, n, i, iStory);
    if( iDay!=INT32_MIN ) return iDay;
  }
  return iStory;
}

/* The day a time expression starting at token i says, or INT32_MIN when
** none starts there. */
static int32_t dayAt(const Tok *a, int n, int i, int32_t iStory){
  const Tok *t = &a[i];
  if( t->flags & (TOKF_PUNCT|TOKF_INQUOTE) ) return INT32_MIN;
  if( tokIs(t, "today") || tokIs(t, "tonight") ) return iStory;
  if( tokIs(t, "yesterday") ) return iStory - 1;
  if( tokIs(t, "tomorrow") ) return iStory + 1;
  if( tokIs(t, "last") && i+1<n ){
    /* ("due to last week's earthquake" names what the act is about; "at
    ** last week's tender" is when it was done) */
    static const char *const azSession[] = {"talks","meeting","meetings","session","sessions","tender",
      "summit","conference","negotiations","round","debate","vote","hearing",0};
    if( tokIs(&a[i+1], "week") ){
      int bPoss = i+2<n && tokIs(&a[i+2], "'s");
      int bAtSession = i>0 && (tokIs(&a[i-1], "at") || tokIs(&a[i-1], "in") || tokIs(&a[i-1], "during"))
                       && i+3<n && lookup(azSession, a[i+3].zLow)>=0;
      if( !bPoss || bAtSession ) return iStory - 7;
    }
    if( tokIs(&a[i+1], "month") && !(i+2<n && tokIs(&a[i+2], "'s")) ){
      /* the month before the story's, on its 15th: the day is not said,
      ** and the middle of the month is at most 16 days from it */
      char z[16];
      brink_date_format(iStory, z);
      int y = atoi(z), m = atoi(z+5) - 1;
      if( m<1 ){ m = 12; y--; }
      int32_t iDay = ymd(y, m, 15);
      if( iDay!=INT32_MIN ) return iDay;
    }
    if( tokIs(&a[i+1], "night") ) return iStory - 1;
  }
  /* weekdays and months are capitalised in news text */
  if( !(t->flags & TOKF_CAP) ) return INT32_MIN;
  int w = lookup(azWeekday, t->zLow);
  /* (also "Yeutter Monday warned", "said Saturday": fifteenth review's
  ** date notes; not "endorsed Monday's attack", whose day is the
  ** attack's, not the sentence's other acts') */
  /* (and one that ends a clause after its object: "vetoed the bill
  ** Friday, saying", "criticized China Friday."; not "Good Friday", "the
  ** Friday prayers") */
  int bEnds = i>0 && (i+1==n || tokIs(&a[i+1], ",") || tokIs(&a[i+1], ".") || tokIs(&a[i+1], ";"))
              && (a[i-1].eTag==TAG_NN || a[i-1].eTag==TAG_NNS || a[i-1].eTag==TAG_NNP || a[i-1].eTag==TAG_PRP)
              && !tokIs(&a[i-1], "good") && !tokIs(&a[i-1], "black") && !tokIs(&a[i-1], "holy");
  int bDay = w>=0 && (isAdverbial(a, i) || (i+1<n && TAG_IS_VERB(a[i+1].eTag) && a[i+1].eTag!=TAG_VBG)
                      || (i>0 && (a[i-1].eTag==TAG_VBD || a[i-1].eTag==TAG_VBZ) && !(i+1<n && tokIs(&a[i+1], "'s")))
                      || bEnds);
  if( bDay ){
    /* the latest such weekday on or before the story date; "next Tuesday"
    ** is the one after it */
    int32_t iWd = ((iStory % 7) + 7) % 7;
    int32_t dBack = ((iWd - w) % 7 + 7) % 7;
    if( i>0 && tokIs(&a[i-1], "next") ) return iStory + (dBack ? 7 - dBack : 7);
    /* "will meet ... on Monday", "is to visit ... on Friday": the coming
    ** one (a plan is then dated on the story's day) */
    /* ... and so does a present tense of a scheduled act: "begins a
    ** state visit on Tuesday", told on a Sunday (twelfth review #31) */
    static const char *const azSched[] = {"begin","start","open","arrive","visit","meet","hold","leave",
      "fly","travel","resume","return","convene","host",0};
    for(int k=0; k<i; k++){
      if( (a[k].eTag==TAG_VBZ || a[k].eTag==TAG_VBP) && lookup(azSched, a[k].zLemma)>=0 ) return iStory + (dBack ? 7 - dBack : 0);
      /* (also "would" before a scheduled act, in reported speech:
      ** "officials said Chung would leave for Washington on Monday") */
      if( tokIs(&a[k], "will") || tokIs(&a[k], "'ll") || tokIs(&a[k], "shall")
          || (tokIs(&a[k], "would") && k+1<i && a[k+1].eTag==TAG_VB && lookup(azSched, a[k+1].zLemma)>=0)
          || ((tokIs(&a[k], "is") || tokIs(&a[k], "are") || tokIs(&a[k], "due") || tokIs(&a[k], "scheduled"))
              && k+1<n && tokIs(&a[k+1], "to")) ) return iStory + (dBack ? 7 - dBack : 0);
    }
    return iStory - dBack;
  }
  int m = monthOf(t);
  if( m>=0 && (m!=4 || (t->flags & TOKF_CAP)) ){      /* "may" the verb is not May */
    int d = 0, iFirst = i;
    if( i+1<n ) d = dayNumW(&a[i+1], 1);             /* April 13, March eight */
    if( !d && i>0 && (d = dayNum(&a[i-1]))!=0 ) iFirst = i-1;   /* 13 April */
    /* ... or a date that names an attack after it: "the May 17th Iraqi
    ** missile attack" (not "the April 17 deadline", "the February 22
    ** accord", which name what the sentence's event is about) */
    int bNames = 0;
    for(int j=iFirst+2; d && iFirst>0 && tokIs(&a[iFirst-1], "the") && j<n && j<=iFirst+5; j++){
      if( a[j].flags & (TOKF_PUNCT|TOKF_NUM) ) break;
      if( lookup(azAttackNoun, a[j].zLow)>=0 ){ bNames = 1; break; }
    }
    if( d && (isAdverbial(a, iFirst) || bNames) ){
      int y = yearOf(iStory);
      if( i+2<n && tokIs(&a[i+2], ",") && i+3<n && (a[i+3].flags & TOKF_NUM) && a[i+3].n==4 ){
        y = atoi(a[i+3].zLow);                       /* April 13, 2021 */
      }else if( i+2<n && (a[i+2].flags & TOKF_NUM) && a[i+2].n==4 ){
        y = atoi(a[i+2].zLow);                       /* 13 April 2021 */
      }
      int32_t iDay = y==yearOf(iStory) ? nearestYear(m, d, iStory) : ymd(y, m+1, d);
      if( iDay!=INT32_MIN ) return iDay;
    }
  }
  return INT32_MIN;
}

/* A score: "2-1", "3-0", "1-1" (one or two digits each side). */
static int isScore(const Tok *t){
  const char *z = t->zLow;
  int i = 0, n1 = 0, n2 = 0;
  while( isdigit((unsigned char)z[i]) ){ i++; n1++; }
  if( n1<1 || n1>2 || z[i]!='-' ) return 0;
  i++;
  while( isdigit((unsigned char)z[i]) ){ i++; n2++; }
  return n2>=1 && n2<=2 && z[i]==0;
}

int brinkSentenceKind(const Tok *a, int n, int32_t iStory){
  /* (sorted by byte: searched by halves, for each word of a sentence with a score) */
  static const char *const azSport[] = {
    "beat","championship","coach","cup","defeat","defeated","draw","drew","fans","final",
    "fixture","friendly","game","goal","goals","inning","innings","league","lose","lost",
    "match","qualifier","quarter-final","round","score","scored","semi-final","set",
    "sets","stadium","striker","tie","tournament","victory","win","won",
  };
  int bScore = 0, bSport = 0;
  for(int i=0; i<n && !bScore; i++){
    if( (a[i].flags & TOKF_HYPHEN) && isScore(&a[i]) ) bScore = 1;
  }
  for(int i=0; bScore && i<n && !bSport; i++){
    if( brinkInSorted(azSport, (int)(sizeof azSport/sizeof azSport[0]), a[i].zLow)
        || brinkInSorted(azSport, (int)(sizeof azSport/sizeof azSport[0]), a[i].zLemma) ) bSport = 1;
  }
  if( bScore && bSport ) return SENT_SPORTS;
  /* "In 1941, ..." / "in 1987 ..." leading a sentence about a year well
  ** before the story: a retrospective. */
  for(int i=0; i+1<n && i<4; i++){
    if( !(tokIs(&a[i], "in") || tokIs(&a[i], "during") || tokIs(&a[i], "since")) ) continue;
    const Tok *y = &a[i+1];
    if( i+2<n && monthOf(y)>=0 ) y = &a[i+2];        /* "In December 1985, ..." */
    if( (y->flags & TOKF_NUM) && y->n==4 ){
      int yr = atoi(y->zLow);
      if( yr>=1000 && yr < yearOf(iStory)-1 && !tokIs(&a[i], "since") ) return SENT_HISTORY;
    }
  }
  /* "Last year, ...", "Late last year ...", "Earlier this year, ...": a
  ** sentence opened by a time months past retells an act of then */
  {
    int i = n>0 && (tokIs(&a[0], "late") || tokIs(&a[0], "early")) ? 1 : 0;
    /* (the opening first: saysNow reads the whole sentence) */
    if( ((i+1<n && tokIs(&a[i], "last") && tokIs(&a[i+1], "year"))
         || (i+2<n && tokIs(&a[i], "earlier") && tokIs(&a[i+1], "this") && tokIs(&a[i+2], "year")))
        && !saysNow(a, n) ) return SENT_HISTORY;
  }
  /* "To date, Reagan has defended ...": a summary of the story so far;
  ** "Until now, Nakasone had vowed ...", "Previously, ...": what held
  ** before the news (ninth review #55) */
  if( n>3 && tokIs(&a[0], "to") && tokIs(&a[1], "date") && tokIs(&a[2], ",") ) return SENT_HISTORY;
  if( n>3 && tokIs(&a[0], "until") && (tokIs(&a[1], "now") || tokIs(&a[1], "recently")) && tokIs(&a[2], ",") ) return SENT_HISTORY;
  if( n>2 && (tokIs(&a[0], "previously") || tokIs(&a[0], "formerly")) && tokIs(&a[1], ",") ) return SENT_HISTORY;
  /* "In a pact last summer, ...", "Under an accord signed last December,
  ** ...": an opening phrase that dates itself months back retells then */
  if( n>3 && (a[0].eTag==TAG_IN || tokIs(&a[0], "last")) && !saysNow(a, n) ){
    int iComma = -1;
    for(int i=1; i<n && i<=9; i++) if( tokIs(&a[i], ",") ){ iComma = i; break; }
    if( iComma>1 && brinkPastYearAt(a, n, 0, iComma, iStory) ) return SENT_HISTORY;
  }
  /* "Each time ...", "Every time ...": what happened again and again,
  ** not one event */
  if( n>2 && (tokIs(&a[0], "each") || tokIs(&a[0], "every")) && tokIs(&a[1], "time") ) return SENT_HISTORY;
  /* "Since last June, ...", "Since Poland rejoined the IMF last June, ...":
  ** acts counted over the months since, not one event of now */
  if( n>3 && tokIs(&a[0], "since") && !saysNow(a, n) ){
    for(int i=1; i+1<n && !tokIs(&a[i], ","); i++){
      if( tokIs(&a[i], "last") && (tokIs(&a[i+1], "year") || monthOf(&a[i+1])>=0) ) return SENT_HISTORY;
    }
  }
  for(int i=0; i+1<n; i++){
    if( (a[i].flags & TOKF_NUM) && tokIs(&a[i+1], "years") && i+2<n && tokIs(&a[i+2], "ago") ){
      int k = atoi(a[i].zLow);
      if( k>=2 ) return SENT_HISTORY;
    }
  }
  return SENT_NEWS;
}

/* Does the noun phrase ending at token i open with "that" or "which" and a
** determiner ("... that the government set")? */
static int relativeSubject(const Tok *a, int i){
  int k = i;
  while( k>0 && k>i-5 && (TAG_IS_NOUN(a[k].eTag) || TAG_IS_ADJ(a[k].eTag) || a[k].eTag==TAG_DT) ) k--;
  return k<i && a[k+1].eTag==TAG_DT && (tokIs(&a[k], "that") || tokIs(&a[k], "which"));
}

int brinkPastYearAt(const Tok *a, int n, int i0, int i1, int32_t iStory){
  /* "signed an agreement today to increase trade in 1983": a sentence that
  ** says it is of now is news, whatever years it names */
  if( i0<0 ) i0 = 0;
  if( i1>n ) i1 = n;
  /* "signed a textile accord last year", "last year approved a loan"
  ** (not "last year's accord", which names what the event is about), unless
  ** the clause itself says it is of now */
  if( !saysNow(a+i0, i1-i0) ){
    /* (a phrase that starts in the clause counts whole: "visited them on
    ** OPEC's behalf earlier this year") */
    for(int i=i0; i<i1 && i+1<n; i++){
      if( tokIs(&a[i], "last") && tokIs(&a[i+1], "year") && !(i+2<n && tokIs(&a[i+2], "'s")) ) return 1;
      /* "passed a textile bill two years ago", "several months ago" (not
      ** "a month ago", "weeks ago": recent enough to be news) */
      /* (not in a relative clause: "asylum to rebels who entered the
      ** country two years ago") */
      if( i+2<n && tokIs(&a[i+2], "ago") && (tokIs(&a[i+1], "years") || tokIs(&a[i+1], "year")
          || (tokIs(&a[i+1], "months") && !tokIs(&a[i], "two") && !tokIs(&a[i], "few") && !tokIs(&a[i], "2"))) ){
        int bRel = 0;
        for(int k=i-1; k>=i0 && !bRel; k--) bRel = tokIs(&a[k], "who") || tokIs(&a[k], "which") || tokIs(&a[k], "whom");
        if( !bRel ) return 1;
      }
      if( tokIs(&a[i], "earlier") && i+2<n && tokIs(&a[i+1], "this") && tokIs(&a[i+2], "year") ) return 1;
      /* "in a pact last summer": a season of the year before (or months back) */
      if( tokIs(&a[i], "last") && (tokIs(&a[i+1], "summer") || tokIs(&a[i+1], "spring") || tokIs(&a[i+1], "autumn")
          || tokIs(&a[i+1], "fall") || tokIs(&a[i+1], "winter")) && !(i+2<n && tokIs(&a[i+2], "'s")) ) return 1;
    }
    /* "rejected the offer then on the grounds that ...": "then" closing
    ** the clause is "at that time", told of a past act (not "and then", the
    ** next step of a story, nor "by then", "until then", nor "Chile then",
    ** the subject's next act) */
    static const char *const azBefore[] = {"and","since","until","till","by","from","before","but",",",0};
    static const char *const azAfter[] = {".",";","on","because","when","as",0};
    for(int i=i0+1; i<i1; i++){
      if( tokIs(&a[i], "then") && lookup(azBefore, a[i-1].zLow)<0 && !(a[i-1].flags & TOKF_CAP)
          && (i+1>=n || lookup(azAfter, a[i+1].zLow)>=0) ) return 1;
    }
  }
  /* (a relative clause keeps its own time: "The paper said yesterday that
  ** Poindexter, who resigned last November, was ready to talk", twenty-third
  ** review #11) */
  int bRel = 0;
  for(int i=i0; i<i1 && !bRel; i++) bRel = tokIs(&a[i], "who") || tokIs(&a[i], "which");
  if( saysNow(a, n) && !(bRel && !saysNow(a+i0, i1-i0)) ) return 0;
  int yStory = yearOf(iStory);
  /* "agreed last December", "launched an offensive in January" (told in
  ** March), "since March 1986": a month said without its day, over a week
  ** past its end when the story is told (its middle 22 days or more before
  ** the story), dates the act to then */
  for(int i=i0; i+1<i1; i++){
    int bLast = tokIs(&a[i], "last"), bSince = tokIs(&a[i], "since");
    if( !(tokIs(&a[i], "in") || bLast || bSince || tokIs(&a[i], "during")) ) continue;
    const Tok *t = &a[i+1];
    int m = monthOf(t);
    /* (Reuters writes some months in lower case, "his visit to Mexico in
    ** march"; "march" and "may" are words too, so only at a clause's end) */
    if( m>=0 && !(t->flags & TOKF_CAP) && (m==2 || m==4) && !(i+2>=n || (a[i+2].flags & TOKF_PUNCT)) ) m = -1;
    if( m<0 || (i+2<n && dayNum(&a[i+2])) ) continue;
    /* "last December's accord" names what the act is about */
    if( i+2<n && tokIs(&a[i+2], "'s") ) continue;
    /* "the agreement reached in December": the date of the participle's
    ** clause, not of the act ("we ratify the agreement reached in ...") */
    /* (... unless the noun is a relative clause's subject: "the ceiling
    ** that the government set in June", eighteenth review #100) */
    if( i>=2 && a[i-1].eTag==TAG_VBN && TAG_IS_NOUN(a[i-2].eTag) && !relativeSubject(a, i-2) ) continue;
    int32_t iDay;
    int j = i+2<n && tokIs(&a[i+2], ",") ? i+3 : i+2;          /* "March, 1984" */
    if( j<n && (a[j].flags & TOKF_NUM) && a[j].n==4 ) iDay = ymd(atoi(a[j].zLow), m+1, 15);
    else if( bSince ) continue;        /* "since January": up to now, maybe still going on */
    else if( bLast ) iDay = latestMonthDay(m, iStory);   /* the last one */
    else iDay = nearestYear(m, 15, iStory);   /* "in April" told in March is to come */
    /* (a month that ended over a week before the story: what was done in
    ** it is told as background, as the reviews judge it) */
    if( iDay!=INT32_MIN && iDay < iStory - 22 ) return 1;
  }
  /* ... and so does a month that names a meeting ("at an October meeting of
  ** the ruling party") or a part of it ("closed at the end of January",
  ** "in early January"), without a year (thirteenth review #21, #23) */
  static const char *const azPart[] = {"end","beginning","start","middle","close",0};
  static const char *const azEdge[] = {"early","late","mid",0};
  for(int i=i0; i+1<i1; i++){
    const Tok *t = &a[i+1];
    if( !(t->flags & TOKF_CAP) ) continue;
    int m = monthOf(t);
    if( m<0 || m==4 ) continue;                        /* ("May" is a modal too often) */
    /* (a meeting or an act, not "an October deadline", which is to come) */
    static const char *const azMeetNoun[] = {"meeting","meetings","summit","session","conference","visit","trip",
      "talks","congress","convention","accord","agreement","pact","decision","announcement","statement",
      "speech","offensive","attack","raid","coup","election","elections","vote","referendum",0};
    int bMeet = (tokIs(&a[i], "an") || tokIs(&a[i], "a") || tokIs(&a[i], "the")) && i+2<n
                && lookup(azMeetNoun, a[i+2].zLow)>=0;
    int bPart = tokIs(&a[i], "of") && i>=1 && lookup(azPart, a[i-1].zLow)>=0;
    int bEdge = lookup(azEdge, a[i].zLow)>=0;
    if( !(bMeet || bPart || bEdge) || (i+2<n && dayNum(&a[i+2])) ) continue;
    if( i+2<n && (a[i+2].flags & TOKF_NUM) && a[i+2].n==4 ) continue;   /* a year said: the loop above */
    int32_t iDay = nearestYear(m, 15, iStory);
    if( iDay!=INT32_MIN && iDay < iStory - 22 ) return 1;
  }
  for(int i=i0; i+1<i1; i++){
    if( !(tokIs(&a[i], "in") || tokIs(&a[i], "during")) ) continue;
    const Tok *y = &a[i+1];
    if( i+2<n && monthOf(y)>=0 ) y = &a[i+2];        /* "in September 1985" */
    /* "in the 1948 Arab-Israel war" (seventeenth review #3) */
    else if( i+3<n && tokIs(y, "the") && (a[i+2].flags & TOKF_NUM) && a[i+2].n==4 && !(a[i+3].flags & TOKF_PUNCT) ) y = &a[i+2];
    if( (y->flags & TOKF_NUM) && y->n==4 ){
      int yr = atoi(y->zLow);
      if( yr>=1000 && yr < yStory-1 ) return 1;
      /* "the sum it lent in 1986", told in April 1987: last year as a
      ** whole is over six weeks gone once the new year is */
      if( yr==yStory-1 && y==&a[i+1] && iStory - ymd(yStory-1, 12, 31) > 45 ) return 1;
    }
    /* "during World War Two", "in the Second World War": the year it ended */
    int j = i+1;
    if( j<n && tokIs(&a[j], "the") ) j++;
    int yEnd = 0;
    if( j+2<n && tokIs(&a[j], "world") && tokIs(&a[j+1], "war") ){
      const char *z = a[j+2].zLow;
      if( !strcmp(z, "two") || !strcmp(z, "ii") || !strcmp(z, "2") ) yEnd = 1945;
      else if( !strcmp(z, "one") || !strcmp(z, "i") || !strcmp(z, "1") ) yEnd = 1918;
    }else if( j+2<n && tokIs(&a[j+1], "world") && tokIs(&a[j+2], "war") ){
      if( tokIs(&a[j], "second") ) yEnd = 1945;
      else if( tokIs(&a[j], "first") ) yEnd = 1918;
    }
    if( yEnd && yEnd < yStory-1 ) return 1;
  }
  return 0;
}

int brinkSaysNow(const Tok *a, int n){ return saysNow(a, n); }

int brinkPastYearLater(const Tok *a, int n, int i1, int32_t iStory){
  static const char *const azEnd[] = {",",";",":","which","who","whom","that","when","after","before",
    "because","while","since","until","as","if","unless","but","following","amid","despite",0};
  static const char *const azPrep[] = {"concerning","regarding","including","involving",0};
  if( saysNow(a, n) ) return 0;
  for(int i=0; i+1<n; i++){
    if( tokIs(&a[i], "this") && (tokIs(&a[i+1], "week") || tokIs(&a[i+1], "month")) ) return 0;
  }
  int yStory = yearOf(iStory);
  for(int i=i1<0 ? 0 : i1; i+1<n; i++){
    if( lookup(azEnd, a[i].zLow)>=0 ) break;
    /* (a participle opens a phrase with its own time: "two men accused by
    ** the West of planting a bomb in 1985", "a dealer arrested in 1985";
    ** "concerning" and its kind are prepositions) */
    if( (a[i].eTag==TAG_VBN || a[i].eTag==TAG_VBG) && lookup(azPrep, a[i].zLow)<0 ) break;
    if( !(tokIs(&a[i], "in") || tokIs(&a[i], "during")) ) continue;
    /* (nor a figure's: "inflation from 440 pct in 1985 to 19.7 pct") */
    if( (i>0 && (a[i-1].flags & TOKF_NUM)) || (i>1 && (a[i-2].flags & TOKF_NUM)) ) continue;
    int j = i+1;
    if( tokIs(&a[j], "the") ) j++;
    if( j<n && monthOf(&a[j])>=0 ) j++;
    if( j>=n || !(a[j].flags & TOKF_NUM) || a[j].n!=4 ) continue;
    int yr = atoi(a[j].zLow);
    if( yr>=1000 && yr < yStory-1 ) return 1;
  }
  return 0;
}

int brinkYearBefore(const Tok *a, int i0, int i1, int32_t iStory){
  int yStory = yearOf(iStory);
  for(int i=i0; i<i1; i++){
    if( !(a[i].flags & TOKF_NUM) || a[i].n!=4 ) continue;
    int yr = atoi(a[i].zLow);
    if( yr>=1000 && yr<yStory ) return 1;
  }
  return 0;
}

/* "since 1973" in tokens i0..i1-1, a year at least two before the story's:
** what the clause tells is a total or a state over the years ("Since 1973
** the U.S. has given Israel 25 billion dlrs in aid"), not an act of now
** (eighth review #89); but "since" that closes a comparison ("the largest
** deployment ... since 1985", "the first visit since 1979") says how rare
** the act is.  (Facts keep such counts: "since 1991, 2,000 troops have
** served" is a number worth having, so this is the coder's test alone.) */
int brinkSinceYearAt(const Tok *a, int n, int i0, int i1, int32_t iStory){
  int yStory = yearOf(iStory);
  for(int i=i0; i+1<i1 && i+1<n; i++){
    if( !tokIs(&a[i], "since") ) continue;
    const Tok *y = &a[i+1];
    if( i+2<n && monthOf(y)>=0 ) y = &a[i+2];        /* "since September 1985" */
    if( !(y->flags & TOKF_NUM) || y->n!=4 ) continue;
    int yr = atoi(y->zLow);
    if( yr<1000 || yr>=yStory-1 ) continue;
    int bCompare = 0;
    for(int j=i-1; j>=0 && j>=i-10 && !bCompare; j--){
      if( tokIs(&a[j], ",") || tokIs(&a[j], ";") ) break;
      bCompare = a[j].eTag==TAG_JJS || a[j].eTag==TAG_RBS || tokIs(&a[j], "first");
    }
    if( !bCompare ) return 1;
  }
  return 0;
}
