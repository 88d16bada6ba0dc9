"""Where the library is, and where an import may write.

The library a command uses when it is given no path, in order of precedence:

1. the paths on the command line (`pressreader PATH...`: not decided here);
2. `PRESSREADER_LIBRARY`, when set and not empty (`~` expanded; a relative path is
   relative to the current folder, as a path on the command line is);
3. `library = "PATH"` in config.toml (`~` expanded; a relative path is relative to the
   folder that holds config.toml, so it means one folder wherever pressreader starts);
4. `./articles`, when that folder exists;
5. the library in pressreader's data folder (`$XDG_DATA_HOME/pressreader/articles`), once
   it exists: where an import writes when none of the above is there;
6. the sample articles bundled with the package.

A library set by 2 or 3 that does not exist is an error for reading ("no such folder",
naming the setting), never a silent fall back to the next step. An import creates it, as it
creates the data folder's library: an import works before anything is set up.

An import never writes into the installed package, even through a symbolic link (such as a
source checkout's `articles/`, which links to the bundled samples), nor into a source
checkout's package when the installed one is elsewhere (`pip install .` copies the package, and
the checkout's `articles/` then leads to the source's samples): `import_folder` resolves every
link and refuses a folder inside either. Nothing here imports Textual.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from pressreader.paths import APP, bundled_articles, data_dir
from pressreader.text.sanitize import escape_line

if TYPE_CHECKING:
    from pressreader.settings import ConfigFile

ENVIRONMENT = "PRESSREADER_LIBRARY"
LOCAL = Path("articles")
DATA_ORIGIN = "pressreader's data folder"


class LibraryError(Exception):
    """A library that cannot be used, or a folder an import may not write to; the message
    says why, for a person."""


class Library(NamedTuple):
    """The library folder chosen, what chose it, and messages about the settings on the way
    (a broken config.toml, say), which do not stop anything: show them as warnings."""

    path: Path
    # `PRESSREADER_LIBRARY`, `library` in PATH:LINE, ./articles, DATA_ORIGIN, the bundled samples
    origin: str
    configured: bool  # set by PRESSREADER_LIBRARY or config.toml: missing, an error for reading
    messages: list[str]

    @property
    def created_on_import(self) -> bool:
        """Whether an import creates it when missing: a library set by the environment or
        config.toml, or the data folder's (not ./articles, which is used only if it exists)."""
        return self.configured or self.origin == DATA_ORIGIN


def configured_library(
    environ: Mapping[str, str] | None = None, config: ConfigFile | None = None
) -> tuple[Library | None, list[str]]:
    """The library set by PRESSREADER_LIBRARY or config.toml, if any, and the messages about
    the settings on the way. config.toml is read only when the variable is not set."""
    environ = os.environ if environ is None else environ
    value = environ.get(ENVIRONMENT, "")
    if value:
        if "\x00" in value:
            return None, [f"{ENVIRONMENT}: not a path (it holds a NUL character); not used"]
        return Library(Path(os.path.expanduser(value)), ENVIRONMENT, True, []), []
    # Imported here: `import -o PATH` never reads the settings (2-3 ms of a start to import).
    from pressreader.settings import library_setting, read_config

    setting = library_setting(config if config is not None else read_config())
    messages = [setting.error] if setting.error is not None else []
    if setting.path is None:
        return None, messages
    return Library(setting.path, setting.origin, True, messages), messages


def data_library() -> Path:
    """The library kept in pressreader's data folder: an import's folder when no library is
    set and there is no ./articles, and the library read from then on."""
    return data_dir() / "articles"


def default_library(
    environ: Mapping[str, str] | None = None, config: ConfigFile | None = None
) -> Library:
    """The library to read when no path is given (see the module's precedence)."""
    chosen, messages = configured_library(environ, config)
    if chosen is not None:
        return chosen
    if LOCAL.is_dir():
        return Library(LOCAL, "./articles", False, messages)
    own = data_library()
    if own.is_dir():
        return Library(own, DATA_ORIGIN, False, messages)
    return Library(bundled_articles(), "the bundled samples", False, messages)


def missing_message(library: Library) -> str:
    """Why a configured library that does not exist cannot be read."""
    return (
        f"{escape_line(str(library.path))}: no such folder: the library set by "
        f"{library.origin}; create it (an import does), or change the setting"
    )


def package_folder() -> Path:
    """The installed package's folder, symbolic links resolved."""
    return bundled_articles().parent.resolve()


def _is_a_package(folder: Path) -> bool:
    """Whether `folder` is a copy of pressreader's package (a source checkout's, or another
    installation's): named so, with the module and the samples folder the package holds."""
    return (
        folder.name == APP and (folder / "__init__.py").is_file() and (folder / "samples").is_dir()
    )


def enclosing_package(folder: Path) -> Path | None:
    """The pressreader package `folder` is, or lies inside, once every symbolic link in it is
    resolved (the parts that exist; a missing tail cannot be a link): the installed package,
    or any other copy of it, such as the source checkout's under `src/`. None for any other
    folder."""
    package = package_folder()
    resolved = Path(os.path.realpath(folder))
    if resolved == package or package in resolved.parents:
        return package
    for candidate in (resolved, *resolved.parents):
        if _is_a_package(candidate):
            return candidate
    return None


def inside_package(folder: Path) -> bool:
    """Whether `folder` is, or lies inside, a pressreader package (`enclosing_package`)."""
    return enclosing_package(folder) is not None


def writable_folder(folder: Path, *, create: bool = False) -> Path:
    """`folder`, when an import may write there; created (with its parents) when missing and
    `create` is set. LibraryError for a folder inside the installed package (checked before
    anything is created, and again after), a path that is not a folder, or one that cannot
    be created."""
    shown = escape_line(str(folder))

    def refuse_package() -> None:
        package = enclosing_package(folder)
        if package is not None:
            what = "the installed" if package == package_folder() else "a copy of the"
            raise LibraryError(
                f"{shown}: will not write inside {what} pressreader package "
                f"({escape_line(str(package))}), even through a symbolic link; "
                f"choose a library folder of your own ({ENVIRONMENT} or `library` in config.toml)"
            )

    refuse_package()
    if create and not os.path.lexists(folder):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(
                f"{shown}: cannot create the folder: {escape_line(error.strerror or str(error))}"
            ) from None
        refuse_package()
    if not folder.is_dir():
        what = "no such folder" if not os.path.lexists(folder) else "not a folder"
        raise LibraryError(f"{shown}: {what}")
    return folder


def import_library(
    environ: Mapping[str, str] | None = None, config: ConfigFile | None = None
) -> tuple[Library, list[str]]:
    """The library an import writes to when given no folder, and the messages about the
    settings on the way, without creating anything: the configured library, then `./articles`
    when it exists, then the library in pressreader's data folder (an import creates the
    first and the last when missing). Never the bundled samples."""
    chosen, messages = configured_library(environ, config)
    if chosen is not None:
        return chosen, messages
    if LOCAL.is_dir():
        return Library(LOCAL, "./articles", False, messages), messages
    return Library(data_library(), DATA_ORIGIN, False, messages), messages


def import_folder(
    explicit: Path | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    config: ConfigFile | None = None,
) -> tuple[Path, list[str]]:
    """Where an import may write, and the messages about the settings on the way.

    `explicit` (an `-o DIR`) first, then the library `import_library` chooses (created when
    missing, unless it is `./articles`). Never the bundled samples, and never a folder inside
    the installed package (LibraryError says so).
    """
    if explicit is not None:
        return writable_folder(explicit, create=True), []
    library, messages = import_library(environ, config)
    return writable_folder(library.path, create=library.created_on_import), messages
