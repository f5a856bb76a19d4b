# datetime: constructors, text forms, arithmetic, ordering, parsing (printed output compared with Python)
import datetime
from datetime import date, timedelta, timezone
import datetime as dt

d = datetime.date(2025, 12, 25)
print(d, repr(d), d.isoformat(), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(f"{d:%Y/%m/%d %A %a %B %b %j}", format(d, "%d.%m.%y"), "{:%Y}".format(d), f"{d}")
t = datetime.datetime(2025, 1, 2, 3, 4, 5)
print(t, repr(t), t.isoformat(), t.isoformat(" "), t.isoformat(timespec="minutes"), t.strftime("%H:%M:%S %p %I"))
print(repr(datetime.datetime(2025, 1, 2)), repr(datetime.datetime(2025, 1, 2, 3, 4, 0, 7)), repr(datetime.datetime(2025, 1, 2, 0, 0, 5)))
u = datetime.datetime(2025, 1, 2, 3, 4, 5, 120000)
print(u, u.isoformat(timespec="milliseconds"), u.microsecond, u.date(), u.time(), repr(u.time()))
print(datetime.time(3, 4), repr(datetime.time(3, 4)), repr(datetime.time(3, 4, 5, 6)), datetime.time(23, 59, 59, 999999))
print(d + timedelta(days=7), d - timedelta(days=1), d - date(2025, 1, 1), timedelta(days=7) + d)
print(t + timedelta(hours=30, minutes=5), t - timedelta(seconds=1), t - datetime.datetime(2024, 12, 31))
print(d + timedelta(hours=-1), d - timedelta(hours=1), date(2024, 2, 28) + timedelta(days=1))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5, microseconds=6, weeks=1)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(0), repr(timedelta(0)), timedelta(seconds=-1), repr(timedelta(seconds=-1)), -timedelta(days=2))
print(timedelta(hours=1.5), timedelta(minutes=1) * 3, 2 * timedelta(minutes=1), timedelta(hours=1) / 4)
print(timedelta(hours=1) / timedelta(minutes=15), timedelta(hours=1) // timedelta(minutes=7), timedelta(hours=1) // 7)
print(timedelta(days=2) > timedelta(days=1), timedelta(days=1) == timedelta(hours=24), bool(timedelta(0)))
print(d < date(2026, 1, 1), d == date(2025, 12, 25), d != date(2025, 12, 24), d >= d, t > datetime.datetime(2025, 1, 1))
print(sorted([date(2025, 3, 1), date(2024, 1, 1), date(2025, 1, 1)]), max(date(2020, 1, 1), date(2021, 1, 1)))
print({d: "christmas"}[date(2025, 12, 25)], d in [date(2025, 12, 25)], len({d, date(2025, 12, 25)}))
print(d.replace(year=2030), t.replace(hour=12, minute=0), date.fromisoformat("2025-07-04"))
print(datetime.datetime.fromisoformat("2025-01-02T03:04:05"), datetime.datetime.fromisoformat("2025-01-02 03:04:05.5"))
print(repr(datetime.datetime.fromisoformat("2025-01-02T03:04:05+02:00")), datetime.time.fromisoformat("10:30"))
print(datetime.datetime.strptime("2025-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"), datetime.datetime.strptime("04/Mar/2025", "%d/%b/%Y"))
aware = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
print(aware, repr(aware), aware.isoformat(), aware.tzinfo, repr(timezone.utc), aware.utcoffset(), aware.tzname())
plus2 = timezone(timedelta(hours=2))
print(plus2, repr(plus2), aware.astimezone(plus2), aware == aware.astimezone(plus2), aware.strftime("%z %Z"))
print(datetime.datetime(2025, 1, 2, 5, 4, 5, tzinfo=plus2) - aware, datetime.datetime.combine(d, datetime.time(8, 30)))
print(dt.MINYEAR, dt.MAXYEAR, datetime.datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp())
now = datetime.datetime.now()
print(type(now.year).__name__, datetime.date.today() >= date(2025, 1, 1), datetime.datetime.utcnow() > t)
print(datetime.datetime.now(timezone.utc).tzinfo, datetime.datetime.now(tz=timezone.utc).utcoffset())
for bad in [lambda: date(2025, 2, 30), lambda: date(2025, 13, 1), lambda: datetime.datetime(2025, 1, 1, 24),
            lambda: date.fromisoformat("2025/01/01"), lambda: d + 1, lambda: d < t, lambda: aware - t,
            lambda: datetime.datetime.strptime("x", "%Y")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
