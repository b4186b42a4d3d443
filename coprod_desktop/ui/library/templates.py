"""Agendas a new workshop can start from: tried shapes of a co-production session."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class StagePlan:
    title: str
    prompt: str
    minutes: int


@dataclass(frozen=True)
class Template:
    key: str
    title: str
    stages: tuple[StagePlan, ...]

    def translated_title(self) -> str:
        return QCoreApplication.translate("templates", self.title)

    def translated_stages(self) -> list[StagePlan]:
        t = QCoreApplication.translate
        return [
            StagePlan(t("templates", s.title), t("templates", s.prompt), s.minutes)
            for s in self.stages
        ]


_N = QT_TRANSLATE_NOOP

TEMPLATES: tuple[Template, ...] = (
    Template(
        "double-diamond",
        _N("templates", "Co-design: Discover, Define, Develop, Deliver"),
        (
            StagePlan(
                _N("templates", "Welcome and how we'll work"),
                _N(
                    "templates",
                    "Everyone's experience counts the same here. What brings you today?",
                ),
                15,
            ),
            StagePlan(
                _N("templates", "Discover"),
                _N(
                    "templates",
                    "What is it like to use this service now? What works, what doesn't?",
                ),
                30,
            ),
            StagePlan(
                _N("templates", "Define"),
                _N("templates", "Looking at the themes: which problems matter most to fix?"),
                20,
            ),
            StagePlan(
                _N("templates", "Develop"),
                _N("templates", "How could we solve them? No idea is too small or too big."),
                35,
            ),
            StagePlan(
                _N("templates", "Deliver"),
                _N("templates", "Which ideas do we take forward, who does what, and by when?"),
                20,
            ),
        ),
    ),
    Template(
        "priorities",
        _N("templates", "Setting priorities together"),
        (
            StagePlan(
                _N("templates", "Welcome"),
                _N("templates", "Why we are here and how the choices will be made."),
                10,
            ),
            StagePlan(
                _N("templates", "Gather the options"),
                _N("templates", "What should be on the list? Add anything we have missed."),
                25,
            ),
            StagePlan(
                _N("templates", "Group and clarify"),
                _N("templates", "Which options belong together? Is anything unclear?"),
                15,
            ),
            StagePlan(
                _N("templates", "Vote"),
                _N("templates", "Place your dots on what matters most to you."),
                15,
            ),
            StagePlan(
                _N("templates", "Agree what happens next"),
                _N("templates", "The room's choices: who takes each one forward?"),
                15,
            ),
        ),
    ),
    Template(
        "service-review",
        _N("templates", "Service review: what works, what doesn't, ideas"),
        (
            StagePlan(
                _N("templates", "Welcome"),
                _N("templates", "Thank you for coming. Everything said here shapes the service."),
                10,
            ),
            StagePlan(
                _N("templates", "What works"),
                _N("templates", "What is good about the service today? What should we keep?"),
                20,
            ),
            StagePlan(
                _N("templates", "What doesn't work"),
                _N("templates", "Where does it let you down? Tell us about a time it went wrong."),
                25,
            ),
            StagePlan(
                _N("templates", "Ideas"),
                _N("templates", "What would make it better? Big or small."),
                25,
            ),
            StagePlan(
                _N("templates", "Actions"),
                _N("templates", "What will we do, who will do it, and when will you hear back?"),
                15,
            ),
        ),
    ),
)


def template(key: str) -> Template | None:
    return next((t for t in TEMPLATES if t.key == key), None)
