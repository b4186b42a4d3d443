"""Agendas a new workshop can start from: tried shapes of a co-production session."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...messages import QT_TRANSLATE_NOOP


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


TEMPLATES: tuple[Template, ...] = (
    Template(
        "double-diamond",
        QT_TRANSLATE_NOOP("templates", "Co-design: Discover, Define, Develop, Deliver"),
        (
            StagePlan(
                QT_TRANSLATE_NOOP("templates", "Welcome and how we'll work"),
                QT_TRANSLATE_NOOP(
                    "templates",
                    "Everyone's experience counts the same here. What brings you today?",
                ),
                15,
            ),
            StagePlan(
                QT_TRANSLATE_NOOP("templates", "Discover"),
                QT_TRANSLATE_NOOP(
                    "templates",
                    "What is it like to use this service now? What works, what doesn't?",
                ),
                30,
            ),
            StagePlan(
                QT_TRANSLATE_NOOP("templates", "Define"),
                QT_TRANSLATE_NOOP(
                    "templates", "Looking at the themes: which problems matter most to fix?"
                ),
                20,
            ),
            StagePlan(
                QT_TRANSLATE_NOOP("templates", "Develop"),
                QT_TRANSLATE_NOOP(
                    "templates", "How could we solve them? No idea is too small or too big."
                ),
                35,
            ),
            StagePlan(
                QT_TRANSLATE_NOOP("templates", "Deliver"),
                QT_TRANSLATE_NOOP(
                    "templates", "Which ideas do we take forward, who does what, and by when?"
                ),
                20,
            ),
        ),
    ),
    Template(
        "priorities",
        QT_TRANSLATE_NOOP("templates", "Setting priorities together"),
        (
            StagePlan(
                QT_TRANSLATE_NOOP("templates", "Welcome"),
                QT_TRANSLATE_NOOP("templates", "Why we are here and how the choices will be made."),
                10,
            ),
            StagePlan(
                QT_TRANSLATE_NOOP("templates", "Gather the options"),
                QT_TRANSLATE_NOOP(
                    "templates", "What should be on the list? Add anything we have missed."
                ),
                25,
            ),
            StagePlan(
                QT_TRANSLATE_NOOP("templates", "Group and clarify"),
                QT_TRANSLATE_NOOP(
                    "templates", "Which options belong together? Is anything unclear?"
                ),
                15,
            ),
            StagePlan(
                QT_TRANSLATE_NOOP("templates", "Vote"),
                QT_TRANSLATE_NOOP("templates", "Place your dots on what matters most to you."),
                15,
            ),
            StagePlan(
                QT_TRANSLATE_NOOP("templates", "Agree what happens next"),
                QT_TRANSLATE_NOOP("templates", "The room's choices: who takes each one forward?"),
                15,
            ),
        ),
    ),
    Template(
        "service-review",
        QT_TRANSLATE_NOOP("templates", "Service review: what works, what doesn't, ideas"),
        (
            StagePlan(
                QT_TRANSLATE_NOOP("templates", "Welcome"),
                QT_TRANSLATE_NOOP(
                    "templates", "Thank you for coming. Everything said here shapes the service."
                ),
                10,
            ),
            StagePlan(
                QT_TRANSLATE_NOOP("templates", "What works"),
                QT_TRANSLATE_NOOP(
                    "templates", "What is good about the service today? What should we keep?"
                ),
                20,
            ),
            StagePlan(
                QT_TRANSLATE_NOOP("templates", "What doesn't work"),
                QT_TRANSLATE_NOOP(
                    "templates", "Where does it let you down? Tell us about a time it went wrong."
                ),
                25,
            ),
            StagePlan(
                QT_TRANSLATE_NOOP("templates", "Ideas"),
                QT_TRANSLATE_NOOP("templates", "What would make it better? Big or small."),
                25,
            ),
            StagePlan(
                QT_TRANSLATE_NOOP("templates", "Actions"),
                QT_TRANSLATE_NOOP(
                    "templates", "What will we do, who will do it, and when will you hear back?"
                ),
                15,
            ),
        ),
    ),
)


def template(key: str) -> Template | None:
    return next((t for t in TEMPLATES if t.key == key), None)
