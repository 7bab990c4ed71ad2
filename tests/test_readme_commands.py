"""README's two quick-start commands, read as a fresh machine would run them."""
import re

from helpers import ROOT


def quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)][:2]


def steps(command: str) -> list[str]:
    return [step.strip() for step in command.split("&&")]


def test_each_apt_get_install_comes_after_an_apt_get_update():
    """A fresh Debian machine has empty package lists: `apt-get install` finds nothing until `apt-get update` ran."""
    commands = quick_start_commands()
    assert len(commands) == 2
    for command in commands:
        updated = False
        for step in steps(command):
            words = step.removeprefix("sudo ").split()
            if words[:2] == ["apt-get", "update"]:
                updated = True
            if words[:2] == ["apt-get", "install"]:
                assert updated, f"apt-get install before apt-get update in: {command}"


def test_the_test_command_installs_what_it_then_uses():
    _, test_command = quick_start_commands()
    installed = next(s for s in steps(test_command) if s.startswith("apt-get install")).split()
    assert {"chromium", "chromium-driver", "python3-venv"} <= set(installed)
    assert "python3 -m venv .venv" in steps(test_command) and steps(test_command)[-1] == "python -m pytest"


def test_the_quick_start_checks_the_bundled_example():
    first, _ = quick_start_commands()
    assert steps(first)[-1] == "claimsift check examples/microdosing-guide.md --format table"
    assert (ROOT / "examples" / "microdosing-guide.md").is_file()
