"""Detection: the engine, the recognisers and their reference data."""
