/*
** date.c — ISO dates to day numbers and back.
**
** A day number counts days since 1970-01-01 in the proleptic Gregorian
** calendar (negative before it).  The conversions are Howard Hinnant's
** days_from_civil / civil_from_days ("chrono-Compatible Low-Level Date
** Algorithms"), which work in 400-year eras and need no tables.
**
** Accepted input: "YYYY-MM-DD", "YYYYMMDD", and ISO date-times
** "YYYY-MM-DDTHH:MM[:SS[.frac]][Z|+hh:mm|-hh:mm|+hhmm|+hh]" (a space may
** stand for the 'T').  Only the date part is kept: the time and the zone
** are checked for shape and then ignored, so an event is dated by the day
** its story was stamped with, not converted to UTC.  Time-zone arithmetic
** and partial dates ("2021-03") are left to callers.
*/
#include "brink.h"
#include <string.h>

/* Years outside 0000..9999 cannot be written as YYYY; brink_date_format
** clamps to this range so that its 11-byte output contract always holds. */
#define DATE_MIN_YEAR 0
#define DATE_MAX_YEAR 9999

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian). */
static int32_t daysFromCivil(int y, int m, int d){
  y -= m<=2;
  int era = (y>=0 ? y : y-399) / 400;
  int yoe = y - era*400;                                  /* [0, 399] */
  int doy = (153*(m + (m>2 ? -3 : 9)) + 2)/5 + d - 1;     /* [0, 365] */
  int doe = yoe*365 + yoe/4 - yoe/100 + doy;              /* [0, 146096] */
  return (int32_t)(era*146097 + doe - 719468);
}

/* The inverse of daysFromCivil. */
static void civilFromDays(int32_t iDay, int *pY, int *pM, int *pD){
  int z = (int)iDay + 719468;
  int era = (z>=0 ? z : z-146096) / 146097;
  int doe = z - era*146097;                                     /* [0, 146096] */
  int yoe = (doe - doe/1460 + doe/36524 - doe/146096) / 365;    /* [0, 399] */
  int y = yoe + era*400;
  int doy = doe - (365*yoe + yoe/4 - yoe/100);                  /* [0, 365] */
  int mp = (5*doy + 2)/153;                                     /* [0, 11] */
  int d = doy - (153*mp + 2)/5 + 1;                             /* [1, 31] */
  int m = mp + (mp<10 ? 3 : -9);                                /* [1, 12] */
  *pY = y + (m<=2);
  *pM = m;
  *pD = d;
}

static int isLeap(int y){
  return (y%4==0 && y%100!=0) || y%400==0;
}

static int daysInMonth(int y, int m){
  static const unsigned char aDays[12] = {31,28,31,30,31,30,31,31,30,31,30,31};
  return m==2 && isLeap(y) ? 29 : aDays[m-1];
}

/* Read exactly n ASCII digits at z into *pV.  Returns 1 on success. */
static int readDigits(const char *z, int n, int *pV){
  int v = 0;
  for(int i=0; i<n; i++){
    if( z[i]<'0' || z[i]>'9' ) return 0;
    v = v*10 + (z[i]-'0');
  }
  *pV = v;
  return 1;
}

/* Check the shape of the time part that follows the 'T' of a date-time:
** HH:MM[:SS[.frac]] then an optional zone.  Returns 1 if it is well formed. */
static int timeIsValid(const char *z){
  int h, m, s;
  if( !readDigits(z, 2, &h) || z[2]!=':' || !readDigits(z+3, 2, &m) ) return 0;
  if( h>24 || m>59 ) return 0;
  z += 5;
  if( z[0]==':' ){
    if( !readDigits(z+1, 2, &s) || s>60 ) return 0;   /* 60: leap second */
    z += 3;
    if( z[0]=='.' || z[0]==',' ){
      z++;
      if( z[0]<'0' || z[0]>'9' ) return 0;
      while( z[0]>='0' && z[0]<='9' ) z++;
    }
  }
  if( z[0]=='Z' || z[0]=='z' ) return z[1]==0;
  if( z[0]=='+' || z[0]=='-' ){
    int zh, zm = 0;
    if( !readDigits(z+1, 2, &zh) || zh>23 ) return 0;
    z += 3;
    if( z[0] ){               /* minutes, after an optional colon */
      if( z[0]==':' ) z++;
      if( !readDigits(z, 2, &zm) || zm>59 ) return 0;
      z += 2;
    }
  }
  return z[0]==0;
}

/*
** Parse z (NUL-terminated) into a day number.  Returns BRINK_OK and sets
** *piDay, or BRINK_EPARSE (leaving *piDay alone) when z is not one of the
** accepted forms or names a day that does not exist (2021-02-30).
*/
int brink_date_parse(const char *z, int32_t *piDay){
  int y, m, d;
  if( !z || !piDay ) return BRINK_EPARSE;
  if( !readDigits(z, 4, &y) ) return BRINK_EPARSE;
  if( z[4]=='-' ){
    if( !readDigits(z+5, 2, &m) || z[7]!='-' || !readDigits(z+8, 2, &d) ){
      return BRINK_EPARSE;
    }
    if( z[10]=='T' || z[10]=='t' || z[10]==' ' ){
      if( !timeIsValid(z+11) ) return BRINK_EPARSE;
    }else if( z[10]!=0 ){
      return BRINK_EPARSE;
    }
  }else{
    if( !readDigits(z+4, 2, &m) || !readDigits(z+6, 2, &d) || z[8]!=0 ){
      return BRINK_EPARSE;
    }
  }
  if( m<1 || m>12 || d<1 || d>daysInMonth(y, m) ) return BRINK_EPARSE;
  *piDay = daysFromCivil(y, m, d);
  return BRINK_OK;
}

/*
** Write iDay as "YYYY-MM-DD" plus a NUL into z, which must hold 11 bytes.
** Day numbers before 0000-01-01 or after 9999-12-31 are clamped to those
** days, since their years do not fit in four digits.
*/
void brink_date_format(int32_t iDay, char *z){
  int32_t iMin = daysFromCivil(DATE_MIN_YEAR, 1, 1);
  int32_t iMax = daysFromCivil(DATE_MAX_YEAR, 12, 31);
  int y, m, d;
  if( iDay<iMin ) iDay = iMin;
  if( iDay>iMax ) iDay = iMax;
  civilFromDays(iDay, &y, &m, &d);
  z[0] = (char)('0' + y/1000);
  z[1] = (char)('0' + y/100%10);
  z[2] = (char)('0' + y/10%10);
  z[3] = (char)('0' + y%10);
  z[4] = '-';
  z[5] = (char)('0' + m/10);
  z[6] = (char)('0' + m%10);
  z[7] = '-';
  z[8] = (char)('0' + d/10);
  z[9] = (char)('0' + d%10);
  z[10] = 0;
}
