"""The modules of each package without Qt import each other one way: the minutes' sections
import the document they build on, never the other way round (``exports/minutes`` had
document ↔ sections/voting/actions), so any of them imports first on its own."""

from __future__ import annotations

import grimp
import pytest

PACKAGES = [
    "coprod_desktop",
    "coprod_desktop.db",
    "coprod_desktop.services",
    "coprod_desktop.exports",
    "coprod_desktop.exports.minutes",
    "coprod_desktop.web",
]


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("coprod_desktop", cache_dir=None)


@pytest.mark.parametrize("package", PACKAGES)
def test_a_package_s_modules_import_each_other_one_way(graph, package):
    # The imports that would have to go for the package's children to import one way.
    assert graph.nominate_cycle_breakers(package) == set()


def test_the_renderer_builds_on_the_document_and_not_the_reverse(graph):
    minutes = "coprod_desktop.exports.minutes"
    for section in ("sections", "voting", "actions"):
        assert graph.direct_import_exists(
            importer=f"{minutes}.renderer", imported=f"{minutes}.{section}"
        )
        assert not graph.chain_exists(
            importer=f"{minutes}.document", imported=f"{minutes}.{section}"
        )
