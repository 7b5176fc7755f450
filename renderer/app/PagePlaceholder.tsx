// An honest "not in this release yet" page body, used by views that later issues fill in.
import { Empty, Flex, Typography } from 'antd';

export function PagePlaceholder({ title, body }: { title: string; body: string }) {
  return (
    <Flex vertical style={{ padding: 24 }} gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      <Empty description={body} style={{ marginTop: 48 }} />
    </Flex>
  );
}
