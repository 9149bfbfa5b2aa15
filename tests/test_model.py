"""The records' constructors: model.py replaces the ``__init__`` dataclasses writes with one
that sets slots directly (faster); it must take and keep exactly what the dataclass's did."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from crosscheck import model

RECORDS = model._records(model._Record)


def test_every_record_of_the_model_is_built_by_the_slot_init() -> None:
    names = {cls.__name__ for cls in RECORDS}
    assert {"Span", "Article", "Sentence", "Quantity", "Claim", "Statement", "Report"} <= names
    assert all(cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__" for cls in RECORDS)


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_a_record_takes_and_keeps_what_its_dataclass_init_took(cls: type) -> None:
    fields = dataclasses.fields(cls)
    params = list(inspect.signature(cls).parameters.values())
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        assert p.kind is (inspect.Parameter.KEYWORD_ONLY if f.kw_only else inspect.Parameter.POSITIONAL_OR_KEYWORD)
    required = {f.name: object() for f in fields if f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING}
    bare = cls(**required)
    for f in fields:
        if f.name in required:
            assert getattr(bare, f.name) is required[f.name]
        elif f.default_factory is not dataclasses.MISSING:
            assert getattr(bare, f.name) == f.default_factory()
            assert getattr(bare, f.name) is not getattr(cls(**required), f.name)  # a fresh one each
        else:
            assert getattr(bare, f.name) is f.default
    given = {f.name: object() for f in fields}
    full = cls(**given)
    assert all(getattr(full, name) is value for name, value in given.items())
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(full, fields[0].name, 1)
    with pytest.raises(TypeError):
        cls(**required, not_a_field=1)
    if required:
        with pytest.raises(TypeError):
            cls()


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_a_record_comes_back_from_pickling_equal(cls: type) -> None:
    import pickle

    record = cls(**{f.name: f"value of {f.name}" for f in dataclasses.fields(cls)})
    back = pickle.loads(pickle.dumps(record))
    assert back == record and type(back) is cls
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(back, dataclasses.fields(cls)[0].name, 1)
