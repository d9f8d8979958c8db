package com.publisherportal.attribution;

import java.util.Arrays;
import java.util.List;

/**
 * The code a publisher pastes to tag deployments with a tracking GUID (docs/domain.md, Customer usage attribution), one per way
 * of deploying. Titles and explanations are I18N keys {@code attribution.snippet.<kind>.title}
 * and {@code .help}; the code itself is the same in every language.
 */
public final class Snippets {

    public enum Kind {
        ARM, BICEP, USER_AGENT, AZURE_CLI, POWERSHELL, PYTHON, TERRAFORM;

        public String key() {
            return "attribution.snippet." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public record Snippet(Kind kind, String code) {
    }

    /**
     * The scripts that list a resource group's deployments named {@code pid-<guid>…}, so a publisher
     * can check that a real deployment carried the GUID (a template deployment leaves one such
     * deployment in the customer's resource group; Partner Center's form adds
     * {@code -partnercenter}, which the prefix match keeps). Titles and explanations are I18N keys
     * {@code attribution.verify.<kind>.title} and {@code .help}.
     */
    public enum Verification {
        AZURE_CLI, POWERSHELL;

        public String key() {
            return "attribution.verify." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public record VerificationSnippet(Verification kind, String code) {
    }

    /** The placeholder the publisher replaces with the resource group to look into. */
    public static final String RESOURCE_GROUP_PLACEHOLDER = "<resource-group>";

    static final String EMPTY_TEMPLATE_SCHEMA = "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#";

    private Snippets() {
    }

    public static List<Snippet> all(TrackingGuid guid) {
        return Arrays.stream(Kind.values()).map(kind -> new Snippet(kind, code(kind, guid))).toList();
    }

    public static List<VerificationSnippet> verification(TrackingGuid guid) {
        return Arrays.stream(Verification.values()).map(kind -> new VerificationSnippet(kind, verification(kind, guid)))
                .toList();
    }

    public static String verification(Verification kind, TrackingGuid guid) {
        String pid = guid.pid();
        return switch (kind) {
            case AZURE_CLI -> """
                    az deployment group list --resource-group '%s' \\
                      --query "[?starts_with(name, '%s')].{name:name, state:properties.provisioningState, time:properties.timestamp}" \\
                      --output table""".formatted(RESOURCE_GROUP_PLACEHOLDER, pid);
            // -like ignores case, so a GUID written in capitals in a template is found too.
            case POWERSHELL -> """
                    Get-AzResourceGroupDeployment -ResourceGroupName '%s' |
                      Where-Object { $_.DeploymentName -like '%s*' } |
                      Select-Object DeploymentName, ProvisioningState, Timestamp""".formatted(RESOURCE_GROUP_PLACEHOLDER, pid);
        };
    }

    public static String code(Kind kind, TrackingGuid guid) {
        String pid = guid.pid();
        return switch (kind) {
            case ARM -> """
                    {
                      "type": "Microsoft.Resources/deployments",
                      "apiVersion": "%s",
                      "name": "%s",
                      "properties": {
                        "mode": "Incremental",
                        "template": {
                          "$schema": "%s",
                          "contentVersion": "1.0.0.0",
                          "resources": []
                        }
                      }
                    }""".formatted(TemplateChecker.API_VERSION, pid, EMPTY_TEMPLATE_SCHEMA);
            case BICEP -> """
                    resource partnerAttribution 'Microsoft.Resources/deployments@%s' = {
                      name: '%s'
                      properties: {
                        mode: 'Incremental'
                        template: {
                          '$schema': '%s'
                          contentVersion: '1.0.0.0'
                          resources: []
                        }
                      }
                    }""".formatted(TemplateChecker.API_VERSION, pid, EMPTY_TEMPLATE_SCHEMA);
            case USER_AGENT -> pid;
            case AZURE_CLI -> "export AZURE_HTTP_USER_AGENT='" + pid + "'";
            case POWERSHELL -> "[Microsoft.Azure.Common.Authentication.AzureSession]::ClientFactory.AddUserAgent(\"" + pid + "\")";
            case PYTHON -> "client.config.add_user_agent(\"" + pid + "\")";
            case TERRAFORM -> """
                    provider "azurerm" {
                      features {}
                      partner_id = "%s"
                    }""".formatted(guid.value());
        };
    }
}
