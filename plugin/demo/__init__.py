"""The demo dataset (real open boundaries and settlements, synthetic hazard data)."""
