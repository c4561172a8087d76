// Full-pane message shown instead of the app (no Office, no Excel, Excel too old).
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from '@fluentui/react-components';

export function Notice(props: { title: string; text: string }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 12 }}>
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{props.title}</MessageBarTitle>
          <div>{props.text}</div>
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
