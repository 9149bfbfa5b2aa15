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


@pytest.mark.parametrize(
    "value",
    [1, 1.0, True, -0.0, 0.0, float("nan"), float("inf"), 1234567, 2.5],
    ids=repr,
)
def test_a_number_comes_back_from_a_worker_as_itself(value: object) -> None:
    # Numbers coming back from the workers are shared among records, keyed by type: 1, 1.0 and
    # True are equal dict keys, and 0.0 equals -0.0; the report writes each as it was.
    import math
    import pickle

    first = pickle.loads(pickle.dumps(model.Span(start=1, end=1.0, text="x")))  # type: ignore[arg-type]
    assert type(first.start) is int and type(first.end) is float
    back = pickle.loads(pickle.dumps(model.Span(start=value, end=value, text="x")))  # type: ignore[arg-type]
    assert type(back.start) is type(value)
    if isinstance(value, float):
        assert math.copysign(1.0, back.start) == math.copysign(1.0, value)
        assert back.start == value or (math.isnan(value) and math.isnan(back.start))
    else:
        assert back.start == value


def test_numbers_from_workers_are_shared_between_records() -> None:
    import pickle

    spans = pickle.loads(pickle.dumps([model.Span(start=10**6 + n % 2, end=0, text="x") for n in range(4)]))
    assert len({id(s.start) for s in spans}) == 2
