"""Virtual to-do lists."""

from __future__ import annotations

from typing import Any
import uuid

from homeassistant.components.todo import (
    TodoItem,
    TodoItemStatus,
    TodoListEntity,
    TodoListEntityFeature,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from . import VirtualHomeConfigEntry
from .entity import VirtualEntity, add_virtual_entities


async def async_setup_entry(
    hass: HomeAssistant,
    entry: VirtualHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """To-do lists of the home."""
    add_virtual_entities(entry, "todo", VirtualTodoList, async_add_entities)


class VirtualTodoList(VirtualEntity, TodoListEntity):
    """A list whose start values are items: [[summary, "needs_action" | "completed"], ...]."""

    _attr_supported_features = (
        TodoListEntityFeature.CREATE_TODO_ITEM
        | TodoListEntityFeature.UPDATE_TODO_ITEM
        | TodoListEntityFeature.DELETE_TODO_ITEM
    )

    def load(self, values: dict[str, Any]) -> None:
        """The items."""
        self._attr_todo_items = [
            TodoItem(summary=summary, uid=str(index), status=TodoItemStatus(status))
            for index, (summary, status) in enumerate(values.get("items", ()))
        ]

    async def async_create_todo_item(self, item: TodoItem) -> None:
        """Add an item."""
        items = self._attr_todo_items or []
        items.append(TodoItem(summary=item.summary, uid=uuid.uuid4().hex, status=item.status))
        self._attr_todo_items = items
        self.async_write_ha_state()

    async def async_update_todo_item(self, item: TodoItem) -> None:
        """Change an item (rename, complete)."""
        self._attr_todo_items = [
            item if existing.uid == item.uid else existing
            for existing in self._attr_todo_items or []
        ]
        self.async_write_ha_state()

    async def async_delete_todo_items(self, uids: list[str]) -> None:
        """Remove items."""
        self._attr_todo_items = [i for i in self._attr_todo_items or [] if i.uid not in uids]
        self.async_write_ha_state()
