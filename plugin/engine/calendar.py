"""Working-day calendars on numpy business days (weekdays worked, holidays, no-work months).

Dates are ``numpy.datetime64[D]``. A calendar is a weekmask plus a sorted holiday array; the
months in which no work is possible are expanded into holidays over the planning horizon, so
every date computation is one ``np.busday_offset`` / ``np.busday_count`` call.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .text import QT_TR_NOOP, Text

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
HORIZON_YEARS = 60  # no-work months are expanded this many years ahead of the start


class CalendarError(ValueError):
    """A calendar that cannot be built or that leaves no working day."""


def weekmask(days) -> str:
    """``"1111100"`` from weekday indexes (0 = Monday) or names (``Mon`` ... ``Sun``)."""
    mask = ["0"] * 7
    for day in days:
        index = WEEKDAYS.index(day[:3].title()) if isinstance(day, str) else int(day)
        if not 0 <= index < 7:
            raise CalendarError(Text(QT_TR_NOOP("weekday index {0} is not 0-6"), day))
        mask[index] = "1"
    if "1" not in mask:
        raise CalendarError(
            Text(QT_TR_NOOP("no working day in the week: give at least one weekday"))
        )
    return "".join(mask)


def month_days(months, first_year: int, years: int = HORIZON_YEARS) -> np.ndarray:
    """Every date in the given months (1-12) of ``years`` years from ``first_year``."""
    months = sorted({int(m) for m in months})
    if not months:
        return np.array([], dtype="datetime64[D]")
    if months[0] < 1 or months[-1] > 12:
        raise CalendarError(Text(QT_TR_NOOP("months must be 1-12 (got {0})"), months))
    if len(months) == 12:
        raise CalendarError(
            Text(QT_TR_NOOP("all twelve months are no-work months: nothing can be scheduled"))
        )
    year = np.arange(first_year, first_year + years)[:, None]
    starts = (
        ((year - 1970) * 12 + (np.asarray(months)[None, :] - 1)).ravel().astype("datetime64[M]")
    )
    lengths = ((starts + 1).astype("datetime64[D]") - starts.astype("datetime64[D]")).astype(int)
    offsets = np.arange(31)
    days = starts.astype("datetime64[D]")[:, None] + offsets[None, :]
    return np.sort(days[offsets[None, :] < lengths[:, None]])


@dataclass(frozen=True)
class WorkCalendar:
    """Days on which a team can work."""

    weekmask: str = "1111100"
    holidays: tuple = ()  # datetime64[D] values, no-work months already expanded

    @classmethod
    def build(cls, mask: str, holidays, no_work_months=(), first_year: int = 2000):
        """A calendar with ``holidays`` plus every day of ``no_work_months``."""
        days = np.concatenate(
            [
                np.asarray(holidays, dtype="datetime64[D]").ravel(),
                month_days(no_work_months, first_year),
            ]
        )
        return cls(mask, tuple(np.unique(days)))

    def _kw(self) -> dict:
        return {"weekmask": self.weekmask, "holidays": np.asarray(self.holidays, "datetime64[D]")}

    def first_workday(self, dates) -> np.ndarray:
        """The first working day on or after each date."""
        return np.busday_offset(np.asarray(dates, "datetime64[D]"), 0, roll="forward", **self._kw())

    def add_workdays(self, dates, n) -> np.ndarray:
        """The working day ``n`` working days after each (rolled-forward) date."""
        return np.busday_offset(np.asarray(dates, "datetime64[D]"), n, roll="forward", **self._kw())

    def count(self, start, end) -> np.ndarray:
        """Working days in ``[start, end)``."""
        return np.busday_count(
            np.asarray(start, "datetime64[D]"), np.asarray(end, "datetime64[D]"), **self._kw()
        )

    def span(self, start, workdays) -> tuple[np.ndarray, np.ndarray]:
        """First and last day of work taking ``workdays`` (>= 1) working days from ``start``.

        Returns ``(first_day, last_day)``; the team is free again the next working day.
        """
        first = self.first_workday(start)
        last = self.add_workdays(first, np.asarray(workdays, dtype=np.int64) - 1)
        return first, last
