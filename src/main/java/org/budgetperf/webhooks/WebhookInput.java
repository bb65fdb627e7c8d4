package org.budgetperf.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What an admin sets on a subscription. {@code secret} is write-only: generated when absent at creation and shown
 * once; sent later, it replaces the secret (rotation). Empty {@code eventTypes} or {@code departmentIds} mean all.
 */
public record WebhookInput(
        @NotBlank @Size(max = 2000) String url,
        @Size(max = 50) List<@NotNull @Size(max = 100) String> eventTypes,
        @Size(max = 100) List<@NotNull UUID> departmentIds,
        @Size(max = 500) String description,
        @Size(max = 200) String secret,
        Boolean active) {}
