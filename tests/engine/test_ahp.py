"""AHP weights and consistency against worked examples computed independently."""

import numpy as np
import pytest

from clearance_planner.engine.ahp import (
    AhpError,
    ahp_weights,
    matrix_to_text,
    parse_matrix,
    validate,
)


def power_iteration(a: np.ndarray, steps: int = 200) -> tuple:
    """Independent check: Perron vector and eigenvalue by power iteration."""
    v = np.ones(len(a))
    for _ in range(steps):
        v = a @ v
        v /= v.sum()
    return v, float((a @ v)[0] / v[0])


def test_textbook_three_criteria_example():
    # Widely published 3x3 example (1, 3, 5 / 1/3, 1, 3 / 1/5, 1/3, 1):
    # w = 0.637, 0.258, 0.105; lambda_max = 3.039; CI = 0.019; CR = 0.033
    a = parse_matrix("1,3,5; 1/3,1,3; 1/5,1/3,1")
    result = ahp_weights(a)
    assert result.weights == pytest.approx([0.637, 0.258, 0.105], abs=5e-4)
    assert result.lambda_max == pytest.approx(3.0385, abs=5e-4)
    assert result.ci == pytest.approx(0.0193, abs=5e-4)
    assert result.cr == pytest.approx(0.0332, abs=5e-4)
    assert result.consistent
    v, lam = power_iteration(a)
    assert result.weights == pytest.approx(v, abs=1e-9)
    assert result.lambda_max == pytest.approx(lam, abs=1e-9)


def test_consistent_matrix_returns_its_generating_weights_and_cr_zero():
    w = np.array([0.4, 0.3, 0.2, 0.1])
    a = w[:, None] / w[None, :]  # a_ij = w_i / w_j is perfectly consistent
    result = ahp_weights(a)
    assert result.weights == pytest.approx(w, abs=1e-12)
    assert result.lambda_max == pytest.approx(4.0, abs=1e-12)
    assert result.cr == pytest.approx(0.0, abs=1e-12)


def test_circular_judgements_are_flagged_inconsistent():
    # A > B (9), B > C (9), C > A (9): circulant, so w = 1/3 each and lambda_max = row sum
    a = parse_matrix("1,9,1/9; 1/9,1,9; 9,1/9,1")
    result = ahp_weights(a)
    assert result.weights == pytest.approx([1 / 3] * 3, abs=1e-12)
    lam = 1 + 9 + 1 / 9
    assert result.lambda_max == pytest.approx(lam)
    assert result.cr == pytest.approx((lam - 3) / 2 / 0.58)
    assert not result.consistent


def test_four_criteria_uses_random_index_0_90():
    a = parse_matrix("1 2 4 3; 1/2 1 3 2; 1/4 1/3 1 1/2; 1/3 1/2 2 1")
    result = ahp_weights(a)
    v, lam = power_iteration(a)
    assert result.weights == pytest.approx(v, abs=1e-9)
    assert result.ci == pytest.approx((lam - 4) / 3, abs=1e-9)
    assert result.cr == pytest.approx((lam - 4) / 3 / 0.90, abs=1e-9)


def test_rounded_reciprocals_are_accepted_and_made_exact():
    exact = ahp_weights(parse_matrix("1,3,5;1/3,1,3;1/5,1/3,1"))
    rounded = ahp_weights(parse_matrix("1,3,5;0.33,1,3;0.2,0.33,1"))
    assert rounded.weights == pytest.approx(exact.weights, abs=1e-12)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1,2;1/2", "square"),
        ("1,2;1/3,1", "not reciprocal"),
        ("2,2;1/2,1", "diagonal entry (1, 1)"),
        ("1,12;1/12,1", "Saaty scale"),
        ("1,-2;-1/2,1", "positive"),
        ("1,x;1,1", "row 1"),
        ("", "empty"),
    ],
)
def test_invalid_matrices_name_the_problem(text, message):
    with pytest.raises(AhpError, match=message.replace("(", r"\(").replace(")", r"\)")):
        ahp_weights(parse_matrix(text))


def test_more_criteria_than_random_index_table_is_refused():
    with pytest.raises(AhpError, match="1 to 8"):
        ahp_weights(np.ones((9, 9)))


def test_text_round_trip():
    a = validate(parse_matrix("1,3,1/5;1/3,1,1/7;5,7,1"))
    assert matrix_to_text(a) == "1,3,1/5;1/3,1,1/7;5,7,1"
    assert np.array_equal(parse_matrix(matrix_to_text(a)), a)
