"""Placeholder: replaced by the module that implements this convention."""

from __future__ import annotations

from typing import Any

__all__ = ["Count", "Money", "Percentage", "PercentagePoints", "Rate", "Ratio"]


class Money:
    @staticmethod
    def find(text: Any) -> list[Any]:
        return []


class Percentage:
    @staticmethod
    def find(text: Any) -> list[Any]:
        return []


class PercentagePoints:
    @staticmethod
    def find(text: Any) -> list[Any]:
        return []


class Count:
    @staticmethod
    def find(text: Any) -> list[Any]:
        return []


class Ratio:
    @staticmethod
    def find(text: Any) -> list[Any]:
        return []


class Rate:
    @staticmethod
    def find(text: Any) -> list[Any]:
        return []
