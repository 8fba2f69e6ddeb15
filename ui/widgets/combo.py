"""Typed reading of a combo box's item data.

``QComboBox.currentData()`` hands back what Qt kept of the value given to ``addItem``: a
``StrEnum`` member comes back as a plain ``str`` (Qt stores it as a QString), an ``int`` as an
``int``. These helpers turn it back into the type the caller declared, or refuse loudly, so a
plain string never reaches code that expects ``Role.CHAIR`` (``role.value`` on a ``str``).
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox

E = TypeVar("E", bound=Enum)
T = TypeVar("T", str, int)


def enum_data(combo: QComboBox, enum_type: type[E]) -> E:
    """The chosen item's data as a member of ``enum_type`` (from the member or its value).

    Raises ``LookupError`` when nothing is chosen or the data is no value of the enum: that is
    a programming error (the combo was filled with something else), never a user's.
    """
    data = combo.currentData()
    if isinstance(data, enum_type):
        return data
    try:
        return enum_type(data)
    except ValueError:
        raise LookupError(_mismatch(combo, enum_type, data)) from None


def typed_data(combo: QComboBox, kind: type[T]) -> T | None:
    """The chosen item's data as ``kind`` (``str`` or ``int``), None when nothing is chosen or
    the item carries no data (a "—" item added with ``None``)."""
    data = combo.currentData()
    if data is None:
        return None
    if isinstance(data, kind) and not isinstance(data, bool):
        return kind(data)
    raise LookupError(_mismatch(combo, kind, data))


def _mismatch(combo: QComboBox, expected: type, data: object) -> str:
    return f"{combo.objectName() or 'combo box'}: expected {expected.__name__}, got {data!r}"
